package io.processlab.view.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the few things the panels need out of trace details, which are Python-like reprs. */
final class Repr {
    private static final Pattern PID_IN_PARENS = Pattern.compile("\\((\\d+)\\)");
    private static final Pattern TARGET = Pattern.compile("\\(\\d+\\):\\s*(\\S+)");
    private static final Pattern UNFINISHED = Pattern.compile("unfinished (\\d+)");
    private static final Pattern CODE = Pattern.compile("^code (-?\\d+)");
    private static final Pattern JOB = Pattern.compile("^\\{'job': (\\d+), 'chunk': (\\d+)");
    private static final String ITEMS = "'items': [";
    private static final String RESULTS = "'results': [";

    private Repr() {
    }

    /** A pool task or result, read from its repr. */
    record PoolMessage(int job, int chunk, List<String> items, List<String> results, boolean complete) {
    }

    /** The PID in "name (1234): target", or -1. */
    static long pidOf(String detail) {
        if (detail == null) {
            return -1;
        }
        Matcher m = PID_IN_PARENS.matcher(detail);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** The name in "name (1234): target", or null. */
    static String nameOf(String detail) {
        if (detail == null) {
            return null;
        }
        int i = detail.lastIndexOf(" (");
        return i > 0 ? detail.substring(0, i) : null;
    }

    /** The target in "name (1234): target", or null. */
    static String targetOf(String detail) {
        if (detail == null) {
            return null;
        }
        Matcher m = TARGET.matcher(detail);
        return m.find() ? m.group(1) : null;
    }

    /** N in "unfinished N", or null. */
    static Integer unfinished(String detail) {
        if (detail == null) {
            return null;
        }
        Matcher m = UNFINISHED.matcher(detail);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The exit code in "code N...", or -1 when unreadable. */
    static int exitCode(String detail) {
        if (detail == null) {
            return -1;
        }
        Matcher m = CODE.matcher(detail);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** A pool task {@code {'job': 1, 'chunk': 0, ..., 'items': [...]}} or result, else null. */
    static PoolMessage poolMessage(String detail) {
        if (detail == null) {
            return null;
        }
        Matcher m = JOB.matcher(detail);
        if (!m.find()) {
            return null;
        }
        int job = Integer.parseInt(m.group(1));
        int chunk = Integer.parseInt(m.group(2));
        int i = detail.indexOf(ITEMS);
        if (i >= 0) {
            List<String> items = new ArrayList<>();
            boolean complete = list(detail, i + ITEMS.length(), items);
            return new PoolMessage(job, chunk, items, null, complete);
        }
        i = detail.indexOf(RESULTS);
        if (i >= 0) {
            List<String> results = new ArrayList<>();
            boolean complete = list(detail, i + RESULTS.length(), results);
            return new PoolMessage(job, chunk, null, results, complete);
        }
        return null;
    }

    /**
     * Splits a list's elements from {@code from} (just after "[") into {@code out}; true when the
     * closing "]" was found, false when the text was cut (the partial last element is dropped).
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
