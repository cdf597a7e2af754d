package io.processlab.view.export;

import io.processlab.trace.AtomicFile;
import io.processlab.trace.Trace;
import io.processlab.view.timeline.Frame;
import io.processlab.view.timeline.Painter;
import io.processlab.view.timeline.ProcessStates;
import io.processlab.view.timeline.TimeAxis;
import io.processlab.view.timeline.TimelineRenderer;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import io.processlab.wire.Bundles;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The whole run's timeline as a PNG: every lane with its label, the legend, the time axis and a
 * title, at 1x, 2x or 3x for slides. Its width grows with the run's length and its height with
 * the number of processes. Uses Java2D only, so it works with {@code java.awt.headless=true}.
 */
public final class PngExport {
    /** Logical pixels of plot per second of run, before the limits below. */
    static final double PX_PER_SECOND = 350;
    static final double MIN_PLOT = 1000;
    static final double MAX_PLOT = 4000;
    /** The most pixels an image may have (about 160 MB in memory). */
    static final long MAX_PIXELS = 40_000_000L;
    /** The widest the lane labels' column gets, in logical pixels: a longer name is shortened. */
    static final double MAX_LABEL = 360;
    /** The most lanes drawn; the other processes are counted in one row ("and 99,800 more processes"). */
    public static final int MAX_LANES = 200;
    /** ImageIO's PNG quality: 1 stores, 0 packs hardest; this is deflate's fast end. */
    static final float COMPRESSION_QUALITY = 0.75f;

    private PngExport() {
    }

    /**
     * What to draw besides the run.
     *
     * @param scale 1, 2 or 3
     * @param title the first line of the title (e.g. the lesson), or null for none
     * @param subtitle the second line (settings, date), or null
     * @param locale the legend's language
     */
    public record Options(int scale, String title, String subtitle, Locale locale) {
        public Options {
            if (scale < 1 || scale > 3) {
                throw new IllegalArgumentException("the scale is 1, 2 or 3, not " + scale);
            }
            locale = locale == null ? Locale.ENGLISH : locale;
        }

        public static Options plain() {
            return new Options(1, null, null, Locale.ENGLISH);
        }
    }

    /** The lane height for a run of {@code lanes} processes. */
    static double laneHeight(int lanes) {
        return lanes <= 16 ? 40 : lanes <= 32 ? 34 : 28;
    }

    /** The plot's width in logical pixels for a run of {@code durationUs}. */
    static double plotWidth(long durationUs) {
        return Math.max(MIN_PLOT, Math.min(MAX_PLOT, Math.ceil(durationUs / 1e6 * PX_PER_SECOND)));
    }

    /** Draws the whole run. */
    public static BufferedImage render(ProcessStates states, Options o) {
        return render(states, o, UnaryOperator.identity());
    }

    /** Draws the whole run through {@code wrap}'s painter (a test's recorder around the real one). */
    static BufferedImage render(ProcessStates states, Options o, UnaryOperator<Painter> wrap) {
        Frame f = wholeRun(states, o, o.scale());
        int s = o.scale();
        BufferedImage img = new BufferedImage((int) (f.width() * s), (int) (f.height() * s), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(s, s);
            new TimelineRenderer().paint(wrap.apply(new Java2DPainter(g, s)), states, f);
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * The frame of a picture of the whole run, sized: its width follows the run's length, its
     * height the number of lanes; at {@code scale} device pixels per logical one it stays under
     * {@link #MAX_PIXELS} (the PNG's bound; a vector picture is sized at scale 1).
     */
    static Frame wholeRun(ProcessStates states, Options o, int scale) {
        TimelineRenderer r = new TimelineRenderer();
        Java2DPainter measure = Java2DPainter.measuring();
        long end = Math.max(1, states.endUs());
        long room = Math.max(1, end / 100);
        long shown = end > Long.MAX_VALUE - room ? Long.MAX_VALUE : end + room;
        double labelW = r.labelWidth(measure, states.lanes(), MAX_LABEL / 0.35);
        double plotW = plotWidth(end);
        Frame f = new Frame().range(0, shown).now(end).maxLanes(MAX_LANES)
                .laneHeight(laneHeight(Math.min(MAX_LANES, states.lanes().size())))
                .title(o.title(), o.subtitle()).legend(true).locale(o.locale());
        double width = Math.ceil(TimelineRenderer.MARGIN + labelW + plotW + TimelineRenderer.MARGIN + 6);
        f.size(width, 100);
        double height = r.fullHeight(measure, states, f);
        while ((long) (width * scale) * (long) (height * scale) > MAX_PIXELS && plotW > 400) {
            plotW = Math.max(400, plotW * 0.8);
            width = Math.ceil(TimelineRenderer.MARGIN + labelW + plotW + TimelineRenderer.MARGIN + 6);
            f.size(width, 100);
            height = r.fullHeight(measure, states, f);
        }
        while ((long) (width * scale) * (long) (height * scale) > MAX_PIXELS && f.maxLanes() > 10) {
            f.maxLanes((int) (Math.min(f.maxLanes(), states.lanes().size()) * 0.8));
            height = r.fullHeight(measure, states, f);
        }
        return f.size(width, height);
    }

    /** Draws the whole run of {@code trace} and writes it as a PNG (atomically: a temporary file, then a rename). */
    public static BufferedImage write(Trace trace, Path file, Options o) throws IOException {
        return write(ProcessStates.ofRun(trace), file, o);
    }

    /** Draws the whole run of {@code states} and writes it as a PNG (atomically). */
    public static BufferedImage write(ProcessStates states, Path file, Options o) throws IOException {
        BufferedImage img = render(states, o);
        AtomicFile.write(file, out -> encode(img, out));
        return img;
    }

    /** Writes {@code img} to {@code file} as PNG (atomically): a picture drawn elsewhere, such as the window's panel. */
    public static void writeImage(BufferedImage img, Path file) throws IOException {
        AtomicFile.write(file, out -> encode(img, out));
    }

    /** Writes {@code img} as PNG with a light, fast compression (a timeline is mostly flat colour). */
    static void encode(BufferedImage img, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer in this Java");
        }
        ImageWriter w = writers.next();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            w.setOutput(ios);
            ImageWriteParam p = w.getDefaultWriteParam();
            if (p.canWriteCompressed()) {
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionQuality(COMPRESSION_QUALITY);
            }
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
    }

    /** "6 processes · 105 events · 1.52 s", for a subtitle. */
    public static String summary(ProcessStates s, Locale locale) {
        return Bundles.text(io.processlab.view.timeline.Palette.BUNDLE, locale, "png.summary", s.lanes().size(), s.eventCount(),
                TimeAxis.format(s.endUs(), locale));
    }
}
