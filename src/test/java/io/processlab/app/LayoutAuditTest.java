package io.processlab.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.i18n.I18n;
import io.processlab.app.screenshots.Camera;
import io.processlab.app.screenshots.Layout;
import io.processlab.app.screenshots.LayoutAudit;
import io.processlab.app.screenshots.ScreenshotTour;
import io.processlab.testing.NoChildrenLeft;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What a class sees: every lesson run for real once per language (English, Portuguese), then the
 * window laid out at each classroom size, normal and presenter ({@link Layout#GRID}), with the
 * console's tab and with the Code tab, and a run held in step mode with the Scheduler tab; each
 * time {@link LayoutAudit} walks the scene. Nothing may be cut, unreachable or sideways-scrolled,
 * the Code tab shows ten lines of each language, and the legend is there. Headless (Monocle, a
 * 1920x1080 screen); what it found is also written to target/layout-audit.txt.
 */
@ExtendWith({ApplicationExtension.class, NoChildrenLeft.class})
class LayoutAuditTest {
    /** The most problems the failure message lists (the file has them all). */
    static final int SHOWN = 60;

    private TestWindow window;
    private Stage stage;

    @Start
    void start(Stage given) {
        // a window of its own, made at the largest size: Monocle keeps a window's first pixel
        // buffer, and the stage TestFX hands out may have been made smaller by an earlier test
        stage = new Stage();
        window = TestWindow.show(stage, 1920, 1080);
    }

    @AfterEach
    void end() throws Exception {
        window.close();
        TestWindow.fx(() -> {
            stage.close();
            return null;
        });
    }

    @Test
    void everyLessonIsWholeAtEveryClassroomSizeInBothLanguagesAndModes() throws Exception {
        List<String> problems = new ArrayList<>();
        CompletableFuture<String> done = new CompletableFuture<>();
        Camera audit = new Camera() {
            @Override
            public void shot(String name, Scene scene) {
                synchronized (problems) {
                    for (String p : LayoutAudit.check(scene)) {
                        problems.add(name + ": " + p);
                    }
                }
            }

            @Override
            public void done(String why) {
                done.complete(why == null ? "" : why);
            }
        };
        TestWindow.fx(() -> {
            List<String> lessons = window.vm.pages().stream().map(p -> p.id()).toList();
            new ScreenshotTour(stage.getScene(), window.vm, new GridWindow(stage, window.view), audit,
                    List.of(Locale.ENGLISH, I18n.PORTUGUESE), lessons, Layout.GRID, true).start();
            return null;
        });
        String failed;
        try {
            // about two and a half minutes of CPU; a machine shared by many builds takes longer
            failed = done.get(20, TimeUnit.MINUTES);
        } finally {
            Path report = Path.of("target", "layout-audit.txt");
            Files.createDirectories(report.getParent());
            synchronized (problems) {
                Files.write(report, problems, StandardCharsets.UTF_8);
            }
        }
        Path report = Path.of("target", "layout-audit.txt");
        assertTrue(failed.isEmpty(), "a run failed: " + failed);
        // the problems known and still open (issue 12) are listed in a file; any other one fails
        Set<String> known = new HashSet<>();
        try (var in = LayoutAuditTest.class.getResourceAsStream("/layout-audit-known.txt")) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    known.add(l.strip());
                }
            }
        }
        List<String> unknown = new ArrayList<>();
        for (String p : problems) {
            if (!known.contains(p.replaceAll("\\d+ px", "N px"))) {
                unknown.add(p);
            } else {
                System.out.println("[layout audit] known, still open: " + p);
            }
        }
        assertTrue(unknown.isEmpty(), unknown.size() + " new layout problems (all in " + report + "):\n"
                + String.join("\n", unknown.subList(0, Math.min(SHOWN, unknown.size()))));
    }
}
