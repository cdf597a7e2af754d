package io.processlab.engine;

import io.processlab.engine.internal.Phrase;
import io.processlab.trace.Fields;
import io.processlab.trace.Signals;

/** Exit codes in words: a code over 128 is a signal on Linux and macOS. */
final class ExitCodes {
    private ExitCodes() {
    }

    /** "exit code 1", "exit code 137 (killed by signal 9, SIGKILL)", in any language of the engine's bundle. */
    static Phrase describe(int code) {
        if (code == -1) {
            return Phrase.of("exit.none");
        }
        Integer signal = Fields.Exit.signalOf(code);
        if (signal != null) {
            int sig = signal;
            String name = Signals.name(sig);
            return name == null ? Phrase.of("exit.signal", code, sig) : Phrase.of("exit.signal_named", code, sig, name);
        }
        return Phrase.of("exit.code", code);
    }
}
