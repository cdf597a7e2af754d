package io.processlab.app;

import io.processlab.cli.Cli;

/**
 * Entry point of {@code processlab.jar}: a verb ({@code run}, {@code bench}, {@code export})
 * runs headless ({@code bench --ui} here, as it needs JavaFX); otherwise the window opens ({@link App}). This class does not extend
 * {@code Application}: JavaFX is on the classpath, not on the module path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("bench") && java.util.Arrays.asList(args).contains("--ui")) {
            // the UI bench needs JavaFX, which the command line (cli) may not use
            int code = io.processlab.app.bench.UiBench.main(java.util.Arrays.asList(args), System.out, System.err);
            System.out.flush();
            System.exit(code);
        }
        if (Cli.wants(args)) {
            int code = Cli.main(args, System.out, System.err);
            System.out.flush();
            System.exit(code);
        }
        App.open(args);
    }
}
