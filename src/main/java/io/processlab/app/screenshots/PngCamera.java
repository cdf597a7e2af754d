package io.processlab.app.screenshots;

import io.processlab.app.files.RunFiles;
import io.processlab.app.i18n.I18n;
import io.processlab.app.model.MainViewModel;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes each moment of the tour as a PNG of the window. Alone ({@code screenshots DIR}) it names
 * them {@code app-LESSON.png} and adds the whole timeline ({@code timeline-LESSON.png}); in a grid
 * ({@code --grid}) it names them after language, size, mode and lesson; either way it writes what the
 * {@link LayoutAudit} found in each into {@code DIR/audit.txt}, and how much of the lesson's panel showed into
 * {@code DIR/panel-room.txt}. Exits the JVM when the tour is done.
 */
public final class PngCamera implements Camera {
    private final MainViewModel model;
    private final I18n i18n;
    private final ShotOptions options;
    private final PrintStream out;
    private final List<String> audit = new ArrayList<>();
    /** How much of each lesson panel showed (DIR/panel-room.txt): the measure the split's shares are judged by. */
    private final List<String> rooms = new ArrayList<>();

    public PngCamera(MainViewModel model, I18n i18n, ShotOptions options, PrintStream out) {
        this.model = model;
        this.i18n = i18n;
        this.options = options;
        this.out = out;
    }

    @Override
    public void shot(String name, Scene scene) throws IOException {
        Path file = options.dir().resolve(options.grid() ? name + ".png" : options.appFile(name));
        write(scene, file);
        out.println("wrote " + file);
        for (String p : LayoutAudit.check(scene)) {
            audit.add(name + ": " + p);
        }
        String room = LayoutAudit.panelRoom(scene);
        if (room != null) {
            rooms.add(name + ": " + room);
        }
        if (options.grid()) {
            return;
        }
        if (options.presenter()) {
            return; // the timeline's picture does not depend on the window's mode
        }
        Path timeline = options.dir().resolve("timeline-" + name + ".png");
        BufferedImage t = new RunFiles(i18n).png(model.recording(), timeline, 1, i18n.lesson(name, "title"), LocalDateTime.now());
        out.println("wrote " + timeline + " (" + t.getWidth() + "x" + t.getHeight() + ")");
    }

    /** The scene's picture as an opaque PNG. */
    static void write(Scene scene, Path file) throws IOException {
        WritableImage img = scene.snapshot(null);
        BufferedImage argb = SwingFXUtils.fromFXImage(img, null);
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(argb, 0, 0, null);
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(rgb, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    @Override
    public void done(String why) {
        int code = why == null ? 0 : 1;
        if (why != null) {
            System.err.println("screenshots: " + why);
        }
        try {
            Files.write(options.dir().resolve("audit.txt"), audit, StandardCharsets.UTF_8);
            Files.write(options.dir().resolve("panel-room.txt"), rooms, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("screenshots: cannot write audit.txt: " + e.getMessage());
        }
        out.println("layout audit: " + (audit.isEmpty() ? "nothing cut, nothing unreachable"
                : audit.size() + " problems, see " + options.dir().resolve("audit.txt")));
        model.shutdown();
        out.flush();
        new Thread(() -> System.exit(code), "processlab-exit").start();
    }
}
