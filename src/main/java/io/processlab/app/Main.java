package io.processlab.app;

import io.processlab.cli.Cli;

/**
 * Entry point of {@code processlab.jar}: a verb ({@code run}, {@code bench}, {@code export})
 * runs headless; otherwise the window opens ({@link App}). This class does not extend
 * {@code Application}: JavaFX is on the classpath, not on the module path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.wants(args)) {
            int code = Cli.main(args, System.out, System.err);
            System.out.flush();
            System.exit(code);
        }
        App.open(args);
    }
}
