package io.processlab.app;

import io.processlab.app.screenshots.ShotOptions;
import io.processlab.cli.Cli;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Entry point of {@code processlab.jar}: a verb ({@code run}, {@code bench}, {@code export})
 * runs headless ({@code bench --ui} and {@code bench --window} here, as they need JavaFX); otherwise the window opens ({@link App}). This class does not extend
 * {@code Application}: JavaFX is on the classpath, not on the module path.
 */
public final class Main {
    private Main() {
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    public static void main(String[] args) {
        // the UI and window benches need JavaFX, which the command line (cli) may not use
        for (HeadlessCommand c : ServiceLoader.load(HeadlessCommand.class, Main.class.getClassLoader())) {
            if (c.wants(List.of(args))) {
                int code = c.run(List.of(args), System.out, System.err);
                System.out.flush();
                System.exit(code);
            }
        }
        if (Cli.wants(args)) {
            int code = Cli.main(args, System.out, System.err);
            System.out.flush();
            System.exit(code);
        }
        if (ShotOptions.wants(List.of(args))) {
            try {
                ShotOptions.parse(List.of(args));
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                System.exit(Cli.USAGE);
            }
            if (isLinux() && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
                System.err.println("screenshots: the window needs a display; on a machine without one run it under "
                        + "xvfb-run -a -s \"-screen 0 1600x900x24\" (see README, Screenshots)");
                System.exit(Cli.USAGE);
            }
        }
        if (!ShotOptions.wants(List.of(args))) {
            try {
                LaunchOptions.parse(List.of(args));
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                System.exit(Cli.USAGE);
            }
        }
        App.open(args);
    }
}
