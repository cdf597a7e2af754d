package io.processlab.view.export;

import io.processlab.trace.AtomicFile;
import io.processlab.view.timeline.Frame;
import io.processlab.view.timeline.Painter;
import io.processlab.view.timeline.ProcessStates;
import io.processlab.view.timeline.TimelineRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The whole run's timeline as SVG: the same picture as {@link PngExport} (the same renderer and
 * the same size in logical pixels), drawn through an {@link SvgPainter}: vectors that scale on a
 * slide, text that can be searched and edited, a group per lane titled with the process's name.
 */
public final class SvgExport {
    private SvgExport() {
    }

    /** The SVG document of the whole run ({@code o}'s scale is not used: vectors have none). */
    public static String render(ProcessStates states, PngExport.Options o) {
        return render(states, o, UnaryOperator.identity());
    }

    /** Draws through {@code wrap}'s painter (a test's recorder around the real one). */
    static String render(ProcessStates states, PngExport.Options o, UnaryOperator<Painter> wrap) {
        return draw(states, o, wrap, PngExport.wholeRun(states, o, 1));
    }

    private static String draw(ProcessStates states, PngExport.Options o, UnaryOperator<Painter> wrap, Frame f) {
        SvgPainter svg = new SvgPainter(f.width(), f.height());
        new TimelineRenderer().paint(wrap.apply(svg), states, f);
        return svg.document(o.title());
    }

    /**
     * Writes the whole run of {@code states} as an SVG file in UTF-8 (atomically: a temporary file,
     * then a rename).
     *
     * @return the picture's width and height in pixels
     */
    public static double[] write(ProcessStates states, Path file, PngExport.Options o) throws IOException {
        Frame f = PngExport.wholeRun(states, o, 1);
        byte[] doc = draw(states, o, UnaryOperator.identity(), f).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(doc));
        return new double[] {f.width(), f.height()};
    }
}
