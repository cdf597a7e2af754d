package io.processlab.testing;

import io.processlab.api.Connection;
import io.processlab.api.Event;
import io.processlab.api.JoinableQueue;
import io.processlab.api.Lock;
import io.processlab.api.ProcessContext;
import io.processlab.api.ProcessException;
import io.processlab.api.Queue;
import io.processlab.api.TargetCatalog;
import io.processlab.wire.NotSendableException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Children that misbehave on purpose, for the fault tests: they exit, crash, hang, write garbage
 * on the protocol stream, die holding a lock or a task, or try to send what cannot be sent.
 * Every name starts with {@code chaos.}.
 */
public final class ChaosTargets implements TargetCatalog {
    /** What {@code chaos.protocol} writes on the real stdout before it goes on normally. */
    public static final List<String> GARBAGE = List.of(
            "not-json", "truncated-json", "not-an-object", "unknown-type", "parent-type", "call-without-op",
            "bad-call-args", "invalid-utf8", "nested-too-deep");

    @Override
    public void register(Registrar r) {
        r.target("chaos.die", (self, a) -> die(str(a, 0), num(a, 1), str(a, 2)));
        r.target("chaos.hang", (self, a) -> {
            hang(self, (Queue) a.get(0), str(a, 1));
            return null;
        });
        r.target("chaos.protocol", (self, a) -> protocol(self, str(a, 0), a.size() > 1 ? num(a, 1) : 0));
        r.target("chaos.hold_lock_then_die", (self, a) -> {
            Lock lock = (Lock) a.get(0);
            lock.acquire();
            ((Queue) a.get(1)).put("holding");
            ((Event) a.get(2)).waitFor();
            Runtime.getRuntime().halt(9);
            return null;
        });
        r.target("chaos.acquire", (self, a) -> acquire(self, (Lock) a.get(0)));
        r.target("chaos.take_task_then_die", (self, a) -> {
            JoinableQueue q = (JoinableQueue) a.get(0);
            Object task = q.get();
            self.print("took " + task);
            if ("halt".equals(str(a, 1))) {
                Runtime.getRuntime().halt(1);
            }
            return "left without task_done";
        });
        r.target("chaos.unsendable", (self, a) -> unsendable(self, (Queue) a.get(0), (Connection) a.get(1)));
        r.target("chaos.unsendable_result", (self, a) -> (Runnable) () -> { });
        r.function("chaos.double", x -> ((Number) x).longValue() * 2);
        r.function("chaos.slow_double", x -> {
            sleep(300);
            return ((Number) x).longValue() * 2;
        });
        r.function("chaos.halt_once", ChaosTargets::haltOnce);
        r.function("chaos.halt_always", x -> {
            Runtime.getRuntime().halt(7);
            return null;
        });
        r.function("chaos.spin", x -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            return x;
        });
        r.target("chaos.failing_initializer", (self, a) -> {
            throw new IllegalStateException("the initializer cannot open its data");
        });
    }

    private static String str(List<Object> a, int i) {
        return (String) a.get(i);
    }

    private static int num(List<Object> a, int i) {
        return ((Number) a.get(i)).intValue();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes a last line on stderr, then ends by exit, halt or an exception. */
    static Object die(String how, int code, String lastWords) {
        System.err.println(lastWords);
        System.err.flush();
        switch (how) {
            case "exit" -> System.exit(code);
            case "halt" -> Runtime.getRuntime().halt(code);
            case "throw" -> throw new IllegalStateException(lastWords);
            default -> throw new IllegalArgumentException(how);
        }
        return null;
    }

    /** Says "ready" on the queue, then never returns. */
    static void hang(ProcessContext self, Queue ready, String how) throws IOException {
        ready.put("ready " + self.pid());
        switch (how) {
            case "spin" -> {
                long n = 0;
                while (n >= 0) {
                    n++;
                }
            }
            case "sleep" -> {
                while (true) {
                    sleep(60_000);
                }
            }
            case "accept" -> {
                try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                    s.accept();
                }
            }
            default -> throw new IllegalArgumentException(how);
        }
    }

    /** Writes one kind of garbage on the protocol stream, then prints and returns as usual. */
    static Object protocol(ProcessContext self, String kind, int length) throws IOException {
        OutputStream raw = new FileOutputStream(FileDescriptor.out);
        switch (kind) {
            case "not-json" -> raw(raw, "this is not JSON at all\n");
            case "truncated-json" -> raw(raw, "{\"type\":\"print\",\"text\":\n");
            case "not-an-object" -> raw(raw, "[1,2,3]\n");
            case "unknown-type" -> raw(raw, "{\"type\":\"launch-missiles\"}\n");
            case "parent-type" -> raw(raw, "{\"type\":\"spawn\",\"target\":\"chaos.die\"}\n");
            case "call-without-op" -> raw(raw, "{\"type\":\"call\",\"id\":99,\"object\":\"nothing\"}\n");
            case "bad-call-args" -> raw(raw, "{\"type\":\"call\",\"id\":98,\"object\":\"q\",\"op\":\"get\","
                    + "\"args\":{\"timeout\":\"soon\"}}\n");
            case "invalid-utf8" -> {
                raw.write(new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xc3, '\n'});
                raw.flush();
            }
            case "nested-too-deep" -> raw(raw, "{\"type\":\"print\",\"text\":\"x\",\"args\":" + "[".repeat(200)
                    + "]".repeat(200) + "}\n");
            case "long-line" -> raw(raw, "{\"type\":\"print\",\"text\":\"" + "x".repeat(length) + "\"}\n");
            case "half-line" -> {
                raw(raw, "{\"type\":\"print\",\"te");
                Runtime.getRuntime().halt(0);
            }
            case "spew" -> {
                for (int i = 0; i < 200; i++) {
                    raw(raw, "garbage line " + i + "\n");
                }
                sleep(30_000);
            }
            default -> throw new IllegalArgumentException(kind);
        }
        self.print("still here after " + kind);
        return kind;
    }

    private static void raw(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Acquires the lock; if its last holder died, says so, and releases it. */
    static Object acquire(ProcessContext self, Lock lock) {
        String said;
        try {
            lock.acquire();
            said = "acquired";
        } catch (ProcessException.AbandonedLockException e) {
            said = "abandoned: " + e.getMessage();
        }
        self.print(said);
        lock.release();
        return said;
    }

    /** Tries to send a lambda, a cycle and a huge string, then good items: returns what it was told. */
    static Object unsendable(ProcessContext self, Queue q, Connection end) {
        List<Object> cyclic = new ArrayList<>();
        cyclic.add(cyclic);
        List<Object> bad = List.of((Runnable) () -> { }, cyclic, "x".repeat(2 << 20));
        List<String> told = new ArrayList<>();
        for (Object b : bad) {
            try {
                q.put(b);
                told.add("queue took it");
            } catch (NotSendableException e) {
                told.add(e.getMessage());
            }
            q.put("good after " + told.size());
        }
        try {
            end.send((Runnable) () -> { });
            told.add("pipe took it");
        } catch (NotSendableException e) {
            told.add(e.getMessage());
        }
        end.send("good on the pipe");
        return told;
    }

    /** A pool function: {@code {"x": n, "flag": path}} halts the first time (no flag file yet), then doubles. */
    static Object haltOnce(Object item) {
        Map<?, ?> m = (Map<?, ?>) item;
        Path flag = Path.of((String) m.get("flag"));
        try {
            Files.createFile(flag);
        } catch (IOException exists) {
            return ((Number) m.get("x")).longValue() * 2;
        }
        Runtime.getRuntime().halt(7);
        return null;
    }
}
