package io.processlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.testing.Recorded;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export TRACE --svg / --panel --at / --gif}: headless, from a saved real run. */
class ExportPicturesTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int cli(String... args) {
        return Cli.main(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String trace() {
        return Recorded.path("queue").toString();
    }

    @Test
    void exportWritesTheSvgThePanelAtATimeAndTheGifWithNoDisplay() throws Exception {
        assertTrue(GraphicsEnvironment.isHeadless());
        Path svg = dir.resolve("t.svg");
        Path panelPng = dir.resolve("panel.png");
        Path panelSvg = dir.resolve("panel.svg");
        Path gif = dir.resolve("r.gif");
        assertEquals(0, cli("export", trace(), "--svg", svg.toString(), "--panel", panelPng.toString(), "--at", "0.35",
                "--scale", "2", "--lang", "en"), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, cli("export", trace(), "--panel", panelSvg.toString(), "--at", "0.35"),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(0, cli("export", trace(), "--gif", gif.toString(), "--size", "480x270", "--speed", "2", "--fps",
                "5", "--only", "timeline"), err.toString(StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("the panel at 350.0 ms"), said);
        assertEquals(0, cli("export", trace(), "--panel", dir.resolve("pt.png").toString(), "--at", "0.35", "--lang", "pt"),
                err.toString(StandardCharsets.UTF_8));
        said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("o painel em 350,0 ms / 1,329 s"), "in Portuguese the times' decimals after a comma: " + said);
        assertTrue(Files.readString(svg).startsWith("<?xml"));
        assertTrue(Files.readString(svg).contains("<g id=\"lane-"));
        BufferedImage p = ImageIO.read(panelPng.toFile());
        assertEquals(2 * 1200, p.getWidth(), "the panel at --scale 2");
        String ps = Files.readString(panelSvg);
        assertTrue(ps.contains(">Fila de tarefas (JoinableQueue)<"), "the panel's words as text, in the default language");
        ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            r.setInput(in);
            BufferedImage first = r.read(0);
            assertEquals(480, first.getWidth());
            assertEquals(270, first.getHeight());
            assertTrue(r.getNumImages(true) > 2);
        } finally {
            r.dispose();
        }
    }
}
