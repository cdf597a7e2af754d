package io.processlab.app;

import io.processlab.cli.Cli;

/**
 * Entry point of {@code processlab.jar}: a verb ({@code run}, {@code bench}, {@code export})
 * runs headless; otherwise the window opens.
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
        System.err.println("The window comes with the desktop-app issue; try: run queue");
        System.exit(Cli.USAGE);
    }
}
