package io.processlab.view.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.processlab.testing.CraftedTraces;
import io.processlab.trace.TraceFile;
import io.processlab.trace.TraceFormatException;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.timeline.ProcessStates;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trace reader, the timeline and both exports, fed real traces mutated at random: cut short,
 * bytes flipped, events edited, huge numbers, long strings, many lanes, many held locks, control
 * and NUL characters, invalid UTF-8. Each case must be refused by the reader
 * ({@link TraceFormatException}) or drawn (the lesson panels' fold, the timeline's states, the PNG
 * and the Chrome trace) within {@link #TIME_BOUND} and {@link #ALLOCATION_BOUND}; any other
 * exception fails, naming the seed and the case to replay it. {@code -Dfuzz.seed=S} replays a
 * seed, {@code -Dfuzz.cases=N} sets the number of cases (CI: {@value #DEFAULT_CASES}).
 */
class TraceFuzzTest {
    static final int DEFAULT_CASES = 120;
    /** Per case: far above the slowest (about 1 s on a loaded machine), so only a hang reaches it. */
    static final Duration TIME_BOUND = Duration.ofSeconds(20);
    /** Per case, all the memory allocated (an upper bound of what it held at once). */
    static final long ALLOCATION_BOUND = 3L << 30;

    @TempDir
    Path dir;

    @Test
    void mutatedRealTracesAreRefusedOrDrawnWithinBounds() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        int cases = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
        System.out.printf("[fuzz] seed %d, %d cases (replay: -Dfuzz.seed=%d)%n", seed, cases, seed);
        Random r = new Random(seed);
        List<byte[]> seeds = new ArrayList<>();
        for (String lesson : CraftedTraces.REAL) {
            seeds.add(CraftedTraces.real(lesson));
        }
        List<String> failures = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        int refused = 0;
        long slowest = 0;
        long most = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            byte[] base = seeds.get(r.nextInt(seeds.size()));
            StringBuilder what = new StringBuilder();
            byte[] file = Mutations.apply(base, r, 1 + r.nextInt(3), what);
            Path f = dir.resolve("case.processlab");
            Files.write(f, file);
            String label = "seed " + seed + ", case " + i + " (" + what + ")";
            long[] figures = new long[2];
            boolean[] wasRefused = new boolean[1];
            try {
                Thread[] worker = new Thread[1];
                java.util.concurrent.FutureTask<Void> task = new java.util.concurrent.FutureTask<>(() -> {
                    long a0 = allocated();
                    long n0 = System.nanoTime();
                    wasRefused[0] = readAndDraw(f);
                    figures[0] = System.nanoTime() - n0;
                    figures[1] = allocated() - a0;
                    return null;
                });
                worker[0] = new Thread(task, "fuzz-case-" + i);
                worker[0].setDaemon(true);
                worker[0].start();
                try {
                    task.get(TIME_BOUND.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException slow) {
                    StackTraceElement[] at = worker[0].getStackTrace();
                    worker[0].interrupt();
                    failures.add(label + ": over the time bound of " + TIME_BOUND.toSeconds() + " s, at "
                            + java.util.Arrays.stream(at).filter(e -> e.getClassName().startsWith("io.processlab"))
                                    .limit(4).toList());
                    continue;
                } catch (java.util.concurrent.ExecutionException thrown) {
                    throw thrown.getCause();
                }
                if (figures[1] > ALLOCATION_BOUND) {
                    failures.add(label + ": allocated " + (figures[1] >> 20) + " MB");
                }
            } catch (Throwable e) {
                if (io.processlab.testing.Pending.issue13(e)) {
                    pending.add(label + ": " + preview(e));
                    continue;
                }
                failures.add(label + ": " + preview(e));
                if (failures.size() == 1) {
                    e.printStackTrace(System.out);
                }
                continue;
            }
            refused += wasRefused[0] ? 1 : 0;
            slowest = Math.max(slowest, figures[0]);
            most = Math.max(most, figures[1]);
        }
        System.out.printf("[figure] fuzz: %d cases (%d refused, %d drawn, %d pending issue 13) in %.1f s; slowest case "
                + "%.2f s, most allocated by one case %d MB%n", cases, refused, cases - refused - pending.size() - failures.size(),
                pending.size(), (System.nanoTime() - t0) / 1e9, slowest / 1e9, most >> 20);
        pending.forEach(p -> System.out.println("[fuzz] pending issue 13 (views that read typed fields): " + p));
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases + " cases failed:\n" + String.join("\n", failures));
        }
        assertTrue(refused > 0 && refused < cases, "the mutations give both refused and drawn files");
    }

    private static String preview(Throwable e) {
        String s = e.toString();
        s = s.length() > 300 ? s.substring(0, 300) + "\u2026" : s;
        StackTraceElement[] st = e.getStackTrace();
        return st.length == 0 ? s : s + " at " + st[0];
    }

    /** Reads the file and draws it as the window and both exports do; true when the reader refused it. */
    static boolean readAndDraw(Path f) throws Exception {
        TraceFile.Recording rec;
        try {
            rec = TraceFile.load(f);
        } catch (TraceFormatException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank() || e.problem() == null, "a refusal says why");
            return true;
        }
        ObjectsModel.of(rec.trace().events());
        ProcessStates states = ProcessStates.ofRun(rec.trace());
        PngExport.encode(PngExport.render(states, new PngExport.Options(1, "fuzz", PngExport.summary(states, Locale.ENGLISH),
                Locale.ENGLISH)), OutputStream.nullOutputStream());
        ChromeTraceExport.write(Writer.nullWriter(), states, rec.lesson(), rec.settings());
        return false;
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** The mutations, each said in a few words for the failure's message. */
    static final class Mutations {
        private Mutations() {
        }

        static byte[] apply(byte[] base, Random r, int n, StringBuilder what) {
            byte[] b = base;
            for (int k = 0; k < n; k++) {
                int m = r.nextInt(10);
                what.append(k == 0 ? "" : ", ");
                b = switch (m) {
                    case 0 -> truncate(b, r, what);
                    case 1 -> flip(b, r, what);
                    case 2, 3 -> editEvent(b, r, what);
                    case 4 -> hugeNumber(b, r, what);
                    case 5 -> longString(b, r, what);
                    case 6 -> manyLanes(b, r, what);
                    case 7 -> manyLocks(b, r, what);
                    case 8 -> control(b, r, what);
                    default -> duplicate(b, r, what);
                };
            }
            return b;
        }

        private static String text(byte[] b) {
            return new String(b, StandardCharsets.ISO_8859_1); // byte for byte, whatever the bytes are
        }

        private static byte[] bytes(String s) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }

        static byte[] truncate(byte[] b, Random r, StringBuilder what) {
            int at = b.length == 0 ? 0 : r.nextInt(b.length);
            what.append("cut at byte ").append(at);
            return java.util.Arrays.copyOf(b, at);
        }

        static byte[] flip(byte[] b, Random r, StringBuilder what) {
            byte[] c = b.clone();
            int n = 1 + r.nextInt(8);
            what.append(n).append(" bytes flipped");
            for (int i = 0; i < n && c.length > 0; i++) {
                c[r.nextInt(c.length)] = (byte) r.nextInt(256);
            }
            return c;
        }

        private static final String[] VALUES = {"99999999999999999999", "-1", "1e400", "1.5", "-0", "\"x\"", "null", "[]",
            "{}", "true", "9223372036854775807", "-9223372036854775808", "2147483648", "\"code 99999999999\"",
            "\"C (99999999999999999999): t\"", "\"\"", "0.0000001"};
        private static final String[] FIELDS = {"t_us", "pid", "name", "kind", "object", "detail", "text", "msg"};
        private static final String[] KINDS = {"spawn", "exit", "acquired", "released", "acquire-wait", "get-wait", "get",
            "put", "send", "recv", "recv-wait", "restart", "end", "deadlock", "held", "error", "print", "sleep", "wake",
            "event-wait", "event-wake", "join-wait", "joined", "process-join-wait", "process-joined", "zzz"};

        /** Gives one field of one event another value, or takes it away. */
        static byte[] editEvent(byte[] b, Random r, StringBuilder what) {
            String s = text(b);
            List<Integer> starts = eventStarts(s);
            if (starts.isEmpty()) {
                return flip(b, r, what);
            }
            int at = starts.get(r.nextInt(starts.size()));
            int end = s.indexOf('}', at);
            if (end < 0) {
                return b;
            }
            String event = s.substring(at, end + 1);
            String field = FIELDS[r.nextInt(FIELDS.length)];
            String value = r.nextInt(3) == 0 ? CraftedTraces.quote(KINDS[r.nextInt(KINDS.length)])
                    : VALUES[r.nextInt(VALUES.length)];
            String edited;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\":(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}]*)")
                    .matcher(event);
            if (m.find() && r.nextInt(5) == 0) {
                edited = event.substring(0, m.start()) + "\"zz\":0" + event.substring(m.end());
                what.append("event field ").append(field).append(" taken away");
            } else if (m.find(0)) {
                edited = event.substring(0, m.start()) + "\"" + field + "\":" + value + event.substring(m.end());
                what.append("event field ").append(field).append(" = ").append(value);
            } else {
                edited = event.substring(0, event.length() - 1) + ",\"" + field + "\":" + value + "}";
                what.append("event field ").append(field).append(" added = ").append(value);
            }
            return bytes(s.substring(0, at) + edited + s.substring(end + 1));
        }

        static byte[] hugeNumber(byte[] b, Random r, StringBuilder what) {
            String s = text(b);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher(s);
            List<int[]> runs = new ArrayList<>();
            while (m.find()) {
                runs.add(new int[] {m.start(), m.end()});
            }
            if (runs.isEmpty()) {
                return b;
            }
            int[] run = runs.get(r.nextInt(runs.size()));
            int digits = new int[] {19, 20, 30, 400, 5000, 100_000}[r.nextInt(6)];
            what.append("a number of ").append(digits).append(" digits");
            return bytes(s.substring(0, run[0]) + "9".repeat(digits) + s.substring(run[1]));
        }

        static byte[] longString(byte[] b, Random r, StringBuilder what) {
            String s = text(b);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(name|object|detail|text|lesson)\":\"").matcher(s);
            List<Integer> at = new ArrayList<>();
            while (m.find()) {
                at.add(m.end());
            }
            if (at.isEmpty()) {
                return b;
            }
            int p = at.get(r.nextInt(at.size()));
            int len = new int[] {1000, 20_000, 200_000}[r.nextInt(3)];
            what.append("a string of ").append(len).append(" characters");
            return bytes(s.substring(0, p) + "L".repeat(len) + s.substring(p));
        }

        /** Events appended at the end of the list, after the last time. */
        private static byte[] append(byte[] b, String events) {
            String s = text(b);
            int close = s.lastIndexOf(']');
            if (close < 0) {
                return b;
            }
            return bytes(s.substring(0, close) + events + s.substring(close));
        }

        /** Just after the last time in the file (so the run stays as long as it was). */
        private static long late(byte[] b) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"t_us\":(\\d{1,15})[,}]").matcher(text(b));
            long last = 0;
            while (m.find()) {
                last = Math.max(last, Long.parseLong(m.group(1)));
            }
            return last + 1;
        }

        /** {@code n} events appended after the last time: event {@code i} is the members after "t_us". */
        private static byte[] appendEvents(byte[] b, int n, java.util.function.IntFunction<String> members) {
            StringBuilder e = new StringBuilder();
            long late = late(b);
            for (int i = 0; i < n; i++) {
                e.append(",\n{\"t_us\":").append(late + i).append(members.apply(i)).append('}');
            }
            return append(b, e.toString());
        }

        static byte[] manyLanes(byte[] b, Random r, StringBuilder what) {
            int n = 500 + r.nextInt(5_000);
            what.append(n).append(" more PIDs");
            return appendEvents(b, n, i -> ",\"pid\":" + (5_000_000 + i) + ",\"name\":\"P\",\"kind\":\""
                    + (i % 2 == 0 ? "print" : "exit") + "\",\"detail\":\"code 0\"");
        }

        static byte[] manyLocks(byte[] b, Random r, StringBuilder what) {
            int n = 500 + r.nextInt(8_000);
            what.append(n).append(" more locks held");
            return appendEvents(b, n, i -> ",\"pid\":77,\"name\":\"L\",\"kind\":\""
                    + (i % 3 == 0 ? "acquire-wait" : "acquired") + "\",\"object\":\"lock-" + i + "\"");
        }

        static byte[] control(byte[] b, Random r, StringBuilder what) {
            byte[] c = b.clone();
            byte[] chars = {0, 1, 9, 10, 13, 0x1f, 0x7f, (byte) 0xc3, (byte) 0xff, (byte) 0xe2, '"', '\\'};
            int n = 1 + r.nextInt(4);
            what.append(n).append(" control, NUL or stray bytes");
            for (int i = 0; i < n && c.length > 0; i++) {
                c[r.nextInt(c.length)] = chars[r.nextInt(chars.length)];
            }
            if (r.nextInt(4) == 0) {
                ByteArrayOutputStream o = new ByteArrayOutputStream();
                o.writeBytes(new byte[1 + r.nextInt(64)]);
                o.writeBytes(c);
                what.append(", NUL bytes first");
                return o.toByteArray();
            }
            return c;
        }

        /** One event copied many times (the same time, the same object). */
        static byte[] duplicate(byte[] b, Random r, StringBuilder what) {
            String s = text(b);
            List<Integer> starts = eventStarts(s);
            if (starts.isEmpty()) {
                return b;
            }
            int at = starts.get(r.nextInt(starts.size()));
            int end = s.indexOf('}', at);
            if (end < 0) {
                return b;
            }
            String event = s.substring(at, end + 1);
            int n = 100 + r.nextInt(5_000);
            what.append("an event repeated ").append(n).append(" times");
            StringBuilder copies = new StringBuilder();
            for (int i = 0; i < n; i++) {
                copies.append(",\n").append(event);
            }
            return bytes(s.substring(0, end + 1) + copies + s.substring(end + 1));
        }

        private static List<Integer> eventStarts(String s) {
            List<Integer> starts = new ArrayList<>();
            for (int i = s.indexOf("{\"t_us\""); i >= 0; i = s.indexOf("{\"t_us\"", i + 1)) {
                starts.add(i);
            }
            return starts;
        }
    }
}
