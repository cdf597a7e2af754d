package io.processlab.engine;

import io.processlab.engine.internal.Phrase;
import java.util.Map;

/** Exit codes in words: a code over 128 is a signal on Linux and macOS. */
final class ExitCodes {
    private static final Map<Integer, String> SIGNALS = Map.of(
            1, "SIGHUP", 2, "SIGINT", 3, "SIGQUIT", 4, "SIGILL", 6, "SIGABRT",
            8, "SIGFPE", 9, "SIGKILL", 11, "SIGSEGV", 13, "SIGPIPE", 15, "SIGTERM");

    private ExitCodes() {
    }

    /** "exit code 1", "exit code 137 (killed by signal 9, SIGKILL)", in any language of the engine's bundle. */
    static Phrase describe(int code) {
        if (code == -1) {
            return Phrase.of("exit.none");
        }
        if (code > 128 && code <= 128 + 64) {
            int sig = code - 128;
            String name = SIGNALS.get(sig);
            return name == null ? Phrase.of("exit.signal", code, sig) : Phrase.of("exit.signal_named", code, sig, name);
        }
        return Phrase.of("exit.code", code);
    }
}
