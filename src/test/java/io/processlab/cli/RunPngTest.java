package io.processlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.testing.NoChildrenLeft;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(NoChildrenLeft.class)
class RunPngTest {
    @TempDir
    Path dir;

    @Test
    void runWithPngDrawsTheWholeRunWithALanePerProcess() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path png = dir.resolve("q.png");
        int code = Cli.main(new String[] {"run", "queue", "--set", "consumers=2", "--set", "tasks=2",
            "--set", "task_seconds=0", "--lang", "en", "--png", png.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img.getWidth() >= 1000, "at least the smallest plot: " + img.getWidth());
        assertTrue(img.getHeight() >= 3 * 40, "three lanes: " + img.getHeight());
    }
}
