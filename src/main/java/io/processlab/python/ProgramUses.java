package io.processlab.python;

import java.util.regex.Pattern;

/**
 * What a Python program's text creates, as far as the lesson pages care: a pool, a queue, a pipe
 * or an event (read from the program's source, before it runs; never from a trace or a bundle).
 */
public final class ProgramUses {
    private static final Pattern POOL = Pattern.compile("\\bPool\\s*\\(");
    private static final Pattern QUEUE = Pattern.compile("\\b(Joinable|Simple)?Queue\\s*\\(");
    private static final Pattern PIPE = Pattern.compile("\\bPipe\\s*\\(");
    private static final Pattern EVENT = Pattern.compile("\\bEvent\\s*\\(");

    private ProgramUses() {
    }

    /** "pool", "queue", "pipe" or "event", the first the program creates in that order, else "process". */
    public static String page(String source) {
        String s = source == null ? "" : source;
        return POOL.matcher(s).find() ? "pool" : QUEUE.matcher(s).find() ? "queue" : PIPE.matcher(s).find() ? "pipe"
                : EVENT.matcher(s).find() ? "event" : "process";
    }
}
