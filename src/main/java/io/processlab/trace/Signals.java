package io.processlab.trace;

import java.util.Map;

/** The names of the usual POSIX signals, for an exit's {@code signal} (Linux and macOS numbers). */
public final class Signals {
    private static final Map<Integer, String> NAMES = Map.of(
            1, "SIGHUP", 2, "SIGINT", 3, "SIGQUIT", 4, "SIGILL", 6, "SIGABRT",
            8, "SIGFPE", 9, "SIGKILL", 11, "SIGSEGV", 13, "SIGPIPE", 15, "SIGTERM");

    private Signals() {
    }

    /** "SIGKILL" for 9, or null for a signal without a usual name. */
    public static String name(int signal) {
        return NAMES.get(signal);
    }
}
