package io.processlab.view.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.testing.Recorded;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceEvent;
import io.processlab.view.timeline.ProcessStates;
import java.awt.image.BufferedImage;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GifExportTest {
    @TempDir
    Path dir;

    /** What a GIF holds: its frames' sizes, positions and delays, read back with ImageIO. */
    record Read(int width, int height, int frames, List<Integer> delays, BufferedImage first) {
    }

    static Read read(Path gif) throws Exception {
        ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            r.setInput(in);
            int n = r.getNumImages(true);
            IIOMetadataNode screen = (IIOMetadataNode) ((IIOMetadataNode) r.getStreamMetadata()
                    .getAsTree("javax_imageio_gif_stream_1.0")).getElementsByTagName("LogicalScreenDescriptor").item(0);
            List<Integer> delays = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode gce = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                delays.add(Integer.parseInt(gce.getAttribute("delayTime")));
            }
            BufferedImage first = r.read(0);
            return new Read(Integer.parseInt(screen.getAttribute("logicalScreenWidth")),
                    Integer.parseInt(screen.getAttribute("logicalScreenHeight")), n, delays, first);
        } finally {
            r.dispose();
        }
    }

    @ParameterizedTest
    @CsvSource({
        // duration us, speed, fps, frames
        "1000000, 1, 10, 11",
        "1000000, 2, 10, 6",
        "1000000, 0.5, 10, 21",
        "1329000, 1, 10, 15",
        "1329000, 1, 25, 35",
        "0, 1, 10, 1",
    })
    void theFramesAreOnePerFrameTimeOfTheReplayAndTheEnd(long us, double speed, int fps, int frames) {
        assertEquals(frames, GifExport.frameCount(us, speed, fps));
    }

    @Test
    void theGifHasTheFramesItsDurationAndFrameRateAskForAtTheAskedSize() throws Exception {
        Trace trace = Recorded.load("queue").trace();
        long duration = ProcessStates.ofRun(trace).endUs();
        Path file = dir.resolve("queue.gif");
        GifExport.Options o = new GifExport.Options(640, 360, 2, 8, GifExport.Parts.BOTH, "queue", Locale.ENGLISH);
        List<Integer> progress = new ArrayList<>();
        GifExport.Written w = GifExport.write(trace, file, o, progress::add, () -> false);
        int expected = (int) Math.ceil(duration / 1e6 / 2 * 8) + 1;
        assertEquals(expected, w.frames());
        Read gif = read(file);
        assertEquals(expected, gif.frames(), "frames for " + duration + " us at 2x and 8 fps");
        assertEquals(640, gif.width());
        assertEquals(360, gif.height());
        assertEquals(640, gif.first().getWidth(), "the first frame is whole");
        assertEquals(Files.size(file), w.bytes());
        // 1/8 s a frame, the rounding carried over; the last one held
        int shown = gif.delays().subList(0, expected - 1).stream().mapToInt(Integer::intValue).sum();
        assertEquals(Math.round((expected - 1) * 100 / 8.0), shown, 1);
        assertEquals(GifExport.HOLD_CS, gif.delays().get(expected - 1));
        assertEquals(expected, progress.size(), "progress told once a frame");
        assertEquals(expected, progress.get(progress.size() - 1));
    }

    @Test
    void eitherPartAloneAndEveryLessonMakeAGif() throws Exception {
        for (String lesson : List.of("process", "event", "pipe", "pool", "threads")) {
            for (GifExport.Parts parts : GifExport.Parts.values()) {
                Path file = dir.resolve(lesson + "-" + parts + ".gif");
                GifExport.write(Recorded.load(lesson).trace(), file,
                        new GifExport.Options(480, 270, 4, 4, parts, lesson, Locale.ENGLISH), n -> { }, () -> false);
                Read gif = read(file);
                assertEquals(480, gif.width(), file.toString());
                assertTrue(gif.frames() >= 2, file.toString());
            }
        }
    }

    @Test
    void aCancelledGifLeavesNoFile() {
        Path file = dir.resolve("cancelled.gif");
        int[] seen = {0};
        assertThrows(InterruptedIOException.class, () -> GifExport.write(Recorded.load("queue").trace(), file,
                GifExport.Options.defaults("queue", Locale.ENGLISH), n -> seen[0] = n, () -> seen[0] >= 3));
        assertFalse(Files.exists(file));
        assertEquals(3, seen[0]);
    }

    @Test
    void sizeSpeedAndFrameRateAreBounded() {
        assertThrows(IllegalArgumentException.class, () -> new GifExport.Options(4000, 300, 1, 10, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new GifExport.Options(640, 100, 1, 10, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new GifExport.Options(640, 360, 0, 10, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new GifExport.Options(640, 360, 1, 60, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new GifExport.Options(640, 360, Double.NaN, 10, null, null,
                null));
    }

    @Test
    void aRunTooLongForTheFrameBoundIsRefusedBeforeAnythingIsWritten() {
        Path file = dir.resolve("long.gif");
        Trace trace = Trace.of(List.of(new ProcessInfo(1, "MainProcess", "main", null)),
                List.of(TraceEvent.of(0, 1, "MainProcess", "print", null, null),
                        TraceEvent.of(10_000_000, 1, "MainProcess", "print", null, null)));
        int n = GifExport.frameCount(10_000_000, 0.1, 30);
        assertTrue(n > GifExport.MAX_FRAMES, n + " frames");
        GifExport.TooManyFrames e = assertThrows(GifExport.TooManyFrames.class, () -> GifExport.write(trace, file,
                new GifExport.Options(640, 360, 0.1, 30, null, null, null), k -> { }, () -> false));
        assertEquals(n, e.frames());
        assertFalse(Files.exists(file));
    }
}
