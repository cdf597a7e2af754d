package io.processlab.view.export;

import io.processlab.trace.AtomicFile;
import io.processlab.trace.Trace;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.panel.PanelContent;
import io.processlab.view.panel.PanelRenderer;
import io.processlab.view.timeline.Painter;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The lesson's panel at one moment of a run as a picture, with no display: the fold at that time
 * ({@link ObjectsModel#at}) read into a {@link PanelContent} and drawn by the one
 * {@link PanelRenderer}, as a PNG (Java2D) or an SVG (vectors, text as text). The picture is
 * {@link #WIDTH} logical pixels wide and as tall as its content.
 */
public final class PanelExport {
    /** The picture's width in logical pixels. */
    public static final double WIDTH = 1200;

    private PanelExport() {
    }

    /**
     * What to draw.
     *
     * @param scale 1, 2 or 3 (for a PNG)
     * @param title the first line (lesson and time), or null
     * @param locale the words' language
     * @param poolRun whether the run has a pool ({@link PanelContent#usesPool}): its queues are not drawn
     */
    public record Options(int scale, String title, Locale locale, boolean poolRun) {
        public Options {
            if (scale < 1 || scale > 3) {
                throw new IllegalArgumentException("the scale is 1, 2 or 3, not " + scale);
            }
            locale = locale == null ? Locale.ENGLISH : locale;
        }
    }

    /** The fold of {@code trace} at {@code tUs}. */
    public static ObjectsModel at(Trace trace, long tUs) {
        return ObjectsModel.at(trace.events(), tUs);
    }

    /** The panel of {@code m} as an image. */
    public static BufferedImage render(ObjectsModel m, Options o) {
        PanelContent c = PanelContent.of(m, o.locale(), o.poolRun());
        double h = PanelRenderer.height(Java2DPainter.measuring(), c, WIDTH, o.title());
        int s = o.scale();
        BufferedImage img = new BufferedImage((int) (WIDTH * s), (int) (h * s), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(s, s);
            PanelRenderer.paint(new Java2DPainter(g, s), c, WIDTH, h, o.title());
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The panel of {@code m} as an SVG document. */
    public static String svg(ObjectsModel m, Options o) {
        PanelContent c = PanelContent.of(m, o.locale(), o.poolRun());
        Painter measure = Java2DPainter.measuring();
        double h = PanelRenderer.height(measure, c, WIDTH, o.title());
        SvgPainter svg = new SvgPainter(WIDTH, h);
        PanelRenderer.paint(svg, c, WIDTH, h, o.title());
        return svg.document(o.title());
    }

    /** Whether {@code file} names an SVG picture (by its extension), else a PNG is written. */
    public static boolean isSvg(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    /** Writes the panel of {@code m} to {@code file}: SVG when it ends in .svg, else PNG (atomically). */
    public static void write(ObjectsModel m, Path file, Options o) throws IOException {
        if (isSvg(file)) {
            byte[] doc = svg(m, o).getBytes(StandardCharsets.UTF_8);
            AtomicFile.write(file, out -> out.write(doc));
        } else {
            BufferedImage img = render(m, o);
            AtomicFile.write(file, out -> PngExport.encode(img, out));
        }
    }
}
