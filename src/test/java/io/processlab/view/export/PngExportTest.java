package io.processlab.view.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.trace.Trace;
import io.processlab.view.timeline.Events;
import io.processlab.view.timeline.Palette;
import io.processlab.view.timeline.ProcessStates;
import io.processlab.view.timeline.State;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngExportTest {
    @TempDir
    Path dir;

    /** A parent and {@code children} children over about {@code seconds}: blocked, sleeping, running, exited. */
    static ProcessStates run(int children, double seconds) {
        long end = (long) (seconds * 1e6);
        StringBuilder b = new StringBuilder("0 1 print text=start;");
        for (int c = 2; c < 2 + children; c++) {
            b.append(c * 10).append(" 1 spawn detail=child-").append(c).append(" (").append(c).append("): t;");
        }
        for (int c = 2; c < 2 + children; c++) {
            b.append(end / 10 + c).append(' ').append(c).append(" start;");
        }
        b.append(end / 5).append(" 1 process-join-wait detail=child-2 (2);");
        for (int c = 2; c < 2 + children; c++) {
            b.append(end / 4 + c).append(' ').append(c).append(" sleep detail=1 s;");
        }
        for (int c = 2; c < 2 + children; c++) {
            b.append(end / 2 + c).append(' ').append(c).append(" wake;");
        }
        for (int c = 2; c < 2 + children; c++) {
            b.append(end * 9 / 10 + c).append(' ').append(c).append(" exit detail=code 0;");
        }
        b.append(end).append(" 1 process-joined detail=child-2 (2)");
        return Events.states(b.toString());
    }

    private static long countColour(BufferedImage img, int argb) {
        long n = 0;
        int rgb = argb & 0xFFFFFF;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void rendersWithNoDisplay() {
        assertTrue(GraphicsEnvironment.isHeadless(), "the build runs the tests headless");
        BufferedImage img = PngExport.render(run(2, 1), PngExport.Options.plain());
        assertTrue(img.getWidth() > 0 && img.getHeight() > 0);
    }

    @Test
    void widthFollowsTheRunsLength() {
        int w4 = PngExport.render(run(3, 4), PngExport.Options.plain()).getWidth();
        int w8 = PngExport.render(run(3, 8), PngExport.Options.plain()).getWidth();
        assertTrue(w8 > w4 + 1000, w4 + " then " + w8);
        assertEquals(4 * PngExport.PX_PER_SECOND, w8 - w4, 2, "a fixed number of pixels per second");
        int shortRun = PngExport.render(run(3, 0.5), PngExport.Options.plain()).getWidth();
        assertTrue(shortRun >= PngExport.MIN_PLOT, "a short run still gets a readable width");
    }

    @Test
    void heightFollowsTheNumberOfLanes() {
        int h3 = PngExport.render(run(2, 2), PngExport.Options.plain()).getHeight();
        int h10 = PngExport.render(run(9, 2), PngExport.Options.plain()).getHeight();
        assertEquals(7 * 40, h10 - h3, 1, "40 px per lane");
    }

    @Test
    void thePixelsShowTheStatesTheLabelsAndTheLegend() {
        BufferedImage img = PngExport.render(run(3, 2),
                new PngExport.Options(1, "ProcessLab \u00b7 test", "a=1", Locale.ENGLISH));
        long total = (long) img.getWidth() * img.getHeight();
        assertTrue(countColour(img, Palette.BACKGROUND) > total / 3, "mostly white");
        for (State s : List.of(State.RUNNING, State.SLEEPING, State.BLOCKED, State.STARTING)) {
            assertTrue(countColour(img, Palette.color(s)) > 200, s + " is drawn");
        }
        assertTrue(countColour(img, Palette.color(State.FAILED)) > 20, "the legend shows failed too");
        long dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < 120; x++) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) < 60 && ((rgb >> 8) & 0xFF) < 60 && (rgb & 0xFF) < 60) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 300, "the title and lane labels are written in dark ink: " + dark);
    }

    @Test
    void scaleMultipliesTheSize() {
        ProcessStates s = run(2, 1);
        BufferedImage one = PngExport.render(s, PngExport.Options.plain());
        BufferedImage three = PngExport.render(s, new PngExport.Options(3, "t", null, Locale.ENGLISH));
        BufferedImage oneTitled = PngExport.render(s, new PngExport.Options(1, "t", null, Locale.ENGLISH));
        assertEquals(one.getWidth() * 3, three.getWidth(), 3);
        assertEquals(oneTitled.getHeight() * 3, three.getHeight(), 3);
    }

    @Test
    void writesAPngFileOfTheWholeRun() throws Exception {
        Trace trace = io.processlab.view.timeline.SyntheticTrace.trace(5, 3_000, 1);
        Path file = java.nio.file.Files.createDirectories(dir.resolve("sub")).resolve("run.png");
        BufferedImage drawn = PngExport.write(trace, file, new PngExport.Options(2, "x", "y", Locale.ENGLISH));
        BufferedImage read = ImageIO.read(file.toFile());
        assertEquals(drawn.getWidth(), read.getWidth());
        assertEquals(drawn.getHeight(), read.getHeight());
        assertEquals(drawn.getRGB(drawn.getWidth() / 2, drawn.getHeight() / 2), read.getRGB(read.getWidth() / 2,
                read.getHeight() / 2));
    }
}
