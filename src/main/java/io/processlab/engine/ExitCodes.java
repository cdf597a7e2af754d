package io.processlab.engine;

import java.util.Map;

/** Exit codes in words: a code over 128 is a signal on Linux and macOS. */
final class ExitCodes {
    private static final Map<Integer, String> SIGNALS = Map.of(
            1, "SIGHUP", 2, "SIGINT", 3, "SIGQUIT", 4, "SIGILL", 6, "SIGABRT",
            8, "SIGFPE", 9, "SIGKILL", 11, "SIGSEGV", 13, "SIGPIPE", 15, "SIGTERM");

    private ExitCodes() {
    }

    /** "exit code 1", "exit code 137 (killed by signal 9, SIGKILL)". */
    static String describe(int code) {
        if (code == -1) {
            return "no exit code (the process could not be reaped)";
        }
        if (code > 128 && code <= 128 + 64) {
            int sig = code - 128;
            String name = SIGNALS.get(sig);
            return "exit code " + code + " (killed by signal " + sig + (name == null ? "" : ", " + name) + ")";
        }
        return "exit code " + code;
    }
}
