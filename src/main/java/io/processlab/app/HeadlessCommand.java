package io.processlab.app;

import java.io.PrintStream;
import java.util.List;

/**
 * A command that needs JavaFX but no window of its own ({@code bench --ui}, {@code bench --window}):
 * found as a service (listed in {@code META-INF/services}), because these benches use the window
 * and the window's package may not depend on theirs in turn (no package cycle).
 */
public interface HeadlessCommand {
    /** Whether {@code args} (the whole command line) asks for this command. */
    boolean wants(List<String> args);

    /** Runs it; returns the process's exit code. */
    int run(List<String> args, PrintStream out, PrintStream err);
}
