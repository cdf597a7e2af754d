package io.processlab.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typed fields of a version-1 file's events, derived from the texts the Java engine of that
 * time wrote (its English details): the one place that reads those words, so that a version-1
 * file opens and looks as it did while no view reads a detail. Fed the events in file order (a
 * pool's result taken by the parent gets its worker from the put with the same message number).
 */
final class VersionOne {
    private static final Pattern NAME_PID = Pattern.compile("^(.+) \\((\\d+)\\)");
    private static final Pattern SPAWN = Pattern.compile("^(.+) \\((\\d+)\\): ?(\\S*)");
    private static final Pattern START = Pattern.compile("^pid (\\d+)$");
    private static final Pattern CODE = Pattern.compile("^code (-?\\d+)");
    private static final Pattern SIGNAL = Pattern.compile("killed by signal (\\d+)");
    private static final Pattern TIMEOUT = Pattern.compile("timeout (\\d+(?:\\.\\d+)?(?:E-?\\d+)?) s");
    private static final Pattern HELD_BY = Pattern.compile("^held by .+ \\((\\d+)\\)");
    private static final Pattern UNFINISHED = Pattern.compile("unfinished (\\d+)");
    private static final Pattern SECONDS = Pattern.compile("^(\\d+(?:\\.\\d+)?(?:E-?\\d+)?) s$");
    private static final Pattern OP = Pattern.compile("^(.+) #(\\d+)$");
    private static final Pattern JOB = Pattern.compile("^\\{'job': (\\d+), 'chunk': (\\d+)");
    /** The longest deadlock text read for its cycle (a real one names a few processes in under 1 KB). */
    private static final int MAX_CYCLE_TEXT = 4096;
    private static final Pattern MEMBER = Pattern.compile("\\s*(.+?) \\((\\d+)\\)\\s*(?:->|$)");
    private static final Pattern REPLACES = Pattern.compile("^(\\S+) replaces .+? \\(pid (\\d+)\\)");
    private static final String STOPPED = "stopped when the run was closed";
    private static final String NO_START = "could not start";
    private static final String ITEMS = "'items': [";
    private static final String RESULTS = "'results': [";
    private static final int BIG = 9; // digits beyond which a number may not fit: such a text gives no field

    /** The lessons' reader of printed lines, if they are on the class path. */
    private static final List<Version1Prints> PRINTS = ServiceLoader.load(Version1Prints.class,
            VersionOne.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();

    private final Map<Long, Long> resultPutBy = new HashMap<>();
    private final Map<String, Long> spawnedByName = new HashMap<>();

    /** {@code e} with the typed fields its texts give (and no others). */
    TraceEvent derive(TraceEvent e) {
        Fields f = fields(e);
        return f == e.fields() ? e : e.with(f);
    }

    private Fields fields(TraceEvent e) {
        if (e.is(Kinds.PRINT)) {
            return said(e.text());
        }
        String d = e.detail();
        if (d == null) {
            return Fields.NONE;
        }
        return switch (e.kind()) {
            case Kinds.SPAWN -> spawn(d);
            case Kinds.START -> start(d);
            case Kinds.PROCESS_JOIN_WAIT, Kinds.PROCESS_JOINED -> child(d);
            case Kinds.EXIT -> exit(d);
            case Kinds.ACQUIRE_WAIT -> {
                Matcher m = HELD_BY.matcher(d);
                Long by = m.find() && small(m.group(1)) ? Long.valueOf(m.group(1)) : null;
                Double t = timeout(d);
                yield by == null && t == null ? Fields.NONE : new Fields.Wait(t, by);
            }
            case Kinds.GET_WAIT, Kinds.EVENT_WAIT -> {
                Double t = timeout(d);
                yield t == null ? Fields.NONE : new Fields.Wait(t, null);
            }
            case Kinds.GET_EMPTY -> outcome(d.equals("empty") ? Fields.Outcome.EMPTY : d.equals("timed out")
                    ? Fields.Outcome.TIMEOUT : d.startsWith("woken") ? Fields.Outcome.WOKEN : null);
            case Kinds.ACQUIRE_TIMEOUT -> outcome(d.equals("timed out") ? Fields.Outcome.TIMEOUT
                    : d.startsWith("busy") ? Fields.Outcome.BUSY : null);
            case Kinds.EVENT_WAKE -> outcome(d.equals("set") ? Fields.Outcome.SET : d.equals("timeout")
                    ? Fields.Outcome.TIMEOUT : d.equals("already set") ? Fields.Outcome.ALREADY_SET : null);
            case Kinds.ACQUIRED -> outcome(d.startsWith("abandoned") ? Fields.Outcome.ABANDONED : null);
            case Kinds.RECV -> outcome(d.startsWith("EOF") ? Fields.Outcome.EOF : null);
            case Kinds.TASK_DONE, Kinds.JOIN_WAIT, Kinds.JOINED -> {
                Matcher m = UNFINISHED.matcher(d);
                yield m.find() && small(m.group(1)) ? new Fields.Unfinished(Integer.parseInt(m.group(1))) : Fields.NONE;
            }
            case Kinds.CREATE -> new Fields.Create(d);
            case Kinds.SLEEP -> {
                Matcher m = SECONDS.matcher(d);
                yield m.find() ? new Fields.Sleep(Double.parseDouble(m.group(1))) : Fields.NONE;
            }
            case Kinds.HELD, Kinds.GRANTED, Kinds.FREED -> {
                Matcher m = OP.matcher(d);
                yield m.find() && small(m.group(2)) ? new Fields.Op(m.group(1), Long.parseLong(m.group(2))) : Fields.NONE;
            }
            case Kinds.PUT, Kinds.GET -> pool(e, d);
            case Kinds.DEADLOCK -> deadlock(d);
            case Kinds.METRIC -> metric(e.object(), d);
            case Kinds.RESTART -> {
                Matcher m = REPLACES.matcher(d);
                Long fresh = m.find() ? spawnedByName.get(m.group(1)) : null;
                yield fresh != null && small(m.group(2)) ? new Fields.Restart(fresh, Long.parseLong(m.group(2))) : Fields.NONE;
            }
            default -> Fields.NONE;
        };
    }

    private static Fields said(String line) {
        if (line == null) {
            return Fields.NONE;
        }
        for (Version1Prints p : PRINTS) {
            Fields.Said s = p.said(line);
            if (s != null) {
                return s;
            }
        }
        return Fields.NONE;
    }

    /** Whether a run of digits surely fits a PID, a code or a count (longer ones give no field). */
    private static boolean small(String digits) {
        return digits.length() <= BIG;
    }

    private static Fields outcome(String reason) {
        return reason == null ? Fields.NONE : new Fields.Outcome(reason);
    }

    private Fields spawn(String d) {
        Matcher m = SPAWN.matcher(d);
        if (!m.find() || !small(m.group(2))) {
            return Fields.NONE;
        }
        long pid = Long.parseLong(m.group(2));
        spawnedByName.put(m.group(1), pid);
        return new Fields.Child(pid, m.group(1), m.group(3).isEmpty() ? null : m.group(3));
    }

    private static Fields start(String d) {
        Matcher m = START.matcher(d);
        return m.find() && small(m.group(1)) ? new Fields.Child(Long.parseLong(m.group(1)), null, null) : Fields.NONE;
    }

    private static Fields child(String d) {
        Matcher m = NAME_PID.matcher(d);
        return m.find() && small(m.group(2)) ? new Fields.Child(Long.parseLong(m.group(2)), m.group(1), null) : Fields.NONE;
    }

    private static Fields exit(String d) {
        Matcher m = CODE.matcher(d);
        if (!m.find() || m.group(1).length() > BIG) {
            return new Fields.Exit(-1, null, Fields.Exit.UNKNOWN);
        }
        int code = Integer.parseInt(m.group(1));
        Matcher s = SIGNAL.matcher(d);
        Integer signal = s.find() && s.group(1).length() <= 2 ? Integer.valueOf(s.group(1)) : null;
        String reason = code != 0 && d.contains(STOPPED) ? Fields.Exit.STOPPED
                : code != 0 && d.contains(NO_START) ? Fields.Exit.NO_START : Fields.Exit.reasonOf(code, signal);
        return new Fields.Exit(code, signal, reason);
    }

    private static Double timeout(String d) {
        Matcher m = TIMEOUT.matcher(d);
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }

    private static Fields metric(String name, String value) {
        if (name == null) {
            return Fields.NONE;
        }
        try {
            double v = Double.parseDouble(value);
            return Double.isFinite(v) ? new Fields.Metric(name, v, null) : Fields.NONE;
        } catch (NumberFormatException e) {
            return Fields.NONE;
        }
    }

    private static Fields deadlock(String d) {
        if (d.length() > MAX_CYCLE_TEXT) {
            return Fields.NONE; // MEMBER tries every start: on a crafted 100,000-character text it ran for minutes
        }
        List<Long> pids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher m = MEMBER.matcher(d);
        while (m.find()) {
            if (!small(m.group(2))) {
                return Fields.NONE;
            }
            pids.add(Long.parseLong(m.group(2)));
            names.add(m.group(1).trim());
        }
        if (pids.isEmpty()) {
            return Fields.NONE;
        }
        List<Fields.Deadlock.Link> links = new ArrayList<>();
        for (int i = 0; i < pids.size(); i++) {
            links.add(new Fields.Deadlock.Link(pids.get(i), names.get(i), null, pids.get((i + 1) % pids.size())));
        }
        return new Fields.Deadlock(links);
    }

    /** A pool's chunk {@code {'job': 1, 'chunk': 0, ..., 'items': [...]}} or its results, else none. */
    private Fields pool(TraceEvent e, String d) {
        Matcher m = JOB.matcher(d);
        if (!m.find() || !small(m.group(1)) || !small(m.group(2))) {
            return Fields.NONE;
        }
        int at = d.indexOf(ITEMS);
        boolean results = at < 0;
        if (results) {
            at = d.indexOf(RESULTS);
            if (at < 0) {
                return Fields.NONE;
            }
        }
        List<String> values = new ArrayList<>();
        boolean complete = list(d, at + (results ? RESULTS : ITEMS).length(), values);
        Long worker = null;
        if (!results && e.is(Kinds.GET)) {
            worker = e.pid();
        } else if (results && e.is(Kinds.PUT)) {
            worker = e.pid();
            resultPutBy.put(e.msg(), e.pid());
        } else if (results && e.is(Kinds.GET)) {
            worker = resultPutBy.remove(e.msg());
        }
        return new Fields.PoolWork(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                complete ? values.size() : -1, worker, results, values);
    }

    /**
     * Splits a Python list's elements from {@code from} (just after "[") into {@code out}; true
     * when the closing "]" was found, false when the text was cut (the partial last one dropped).
     */
    static boolean list(String s, int from, List<String> out) {
        int depth = 0;
        char quote = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                cur.append(c);
                if (c == '\\' && i + 1 < s.length()) {
                    cur.append(s.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            switch (c) {
                case '\'', '"' -> {
                    quote = c;
                    cur.append(c);
                }
                case '[', '{', '(' -> {
                    depth++;
                    cur.append(c);
                }
                case ']', '}', ')' -> {
                    if (depth == 0) {
                        if (cur.length() > 0) {
                            out.add(cur.toString().strip());
                        }
                        return true;
                    }
                    depth--;
                    cur.append(c);
                }
                case ',' -> {
                    if (depth == 0) {
                        out.add(cur.toString().strip());
                        cur.setLength(0);
                    } else {
                        cur.append(c);
                    }
                }
                default -> cur.append(c);
            }
        }
        return false;
    }
}
