package io.processlab.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The painter's shortcuts draw what the canvas's own strokes and polygons draw: outlines and
 * straight lines filled as rectangles, small triangles stamped from a cached image.
 */
class FxPainterTest {
    private static final int INK = 0xFF1F3A93;

    @BeforeAll
    static void startFx() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        return io.processlab.app.fx.FxCall.supply(work).get(30, TimeUnit.SECONDS);
    }

    private static WritableImage draw(Consumer<GraphicsContext> how) {
        Canvas c = new Canvas(60, 40);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, 60, 40);
        how.accept(g);
        return c.snapshot(null, null);
    }

    /** The largest difference of one colour channel between the two pictures. */
    private static int maxDifference(WritableImage a, WritableImage b) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int worst = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                int pa = ra.getArgb(x, y);
                int pb = rb.getArgb(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    worst = Math.max(worst, Math.abs((pa >> shift & 0xFF) - (pb >> shift & 0xFF)));
                }
            }
        }
        return worst;
    }

    private static long inked(WritableImage img) {
        long n = 0;
        for (int y = 0; y < (int) img.getHeight(); y++) {
            for (int x = 0; x < (int) img.getWidth(); x++) {
                if ((img.getPixelReader().getArgb(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The canvas's own stroke in {@link #INK} of {@code width}, and the painter's drawing of the same. */
    private static WritableImage[] strokedAndPainted(double width, Consumer<GraphicsContext> stroke,
                                                     Consumer<FxPainter> paint) throws Exception {
        return onFx(() -> new WritableImage[] {
            draw(g -> {
                g.setStroke(Color.web("#1F3A93"));
                g.setLineWidth(width);
                stroke.accept(g);
            }),
            draw(g -> paint.accept(new FxPainter(g))),
        });
    }

    @ParameterizedTest(name = "strokeRect({0}, {1}, {2}, {3}) width {4}")
    @CsvSource({
        "10.5, 5.5, 30, 20, 1",
        "3.5, 3.5, 7, 12, 1",
        "10, 5, 30, 20, 2",
        "20.5, 10.5, 1, 1, 1",
    })
    void anOutlineFillsThePixelsOfTheCanvasStroke(double x, double y, double w, double h, double width) throws Exception {
        WritableImage[] both = strokedAndPainted(width, g -> g.strokeRect(x, y, w, h),
                p -> p.strokeRect(x, y, w, h, INK, width));
        assertTrue(inked(both[1]) > 0, "the outline was drawn");
        assertEquals(0, maxDifference(both[0], both[1]), "same pixels as the canvas's stroke");
    }

    @ParameterizedTest(name = "line ({0}, {1}) to ({2}, {3}) width {4}")
    @CsvSource({
        "10.5, 2, 10.5, 35, 1",
        "2, 20.5, 55, 20.5, 1",
        "30, 2, 30, 38, 2",
        "50.5, 30, 50.5, 4, 1",
    })
    void aStraightLineFillsThePixelsOfTheCanvasStroke(double x1, double y1, double x2, double y2, double width) throws Exception {
        WritableImage[] both = strokedAndPainted(width, g -> g.strokeLine(x1, y1, x2, y2),
                p -> p.line(x1, y1, x2, y2, INK, width));
        assertTrue(inked(both[1]) > 0, "the line was drawn");
        // the caps' half-covered pixels may round one step apart
        assertTrue(maxDifference(both[0], both[1]) <= 2, "same pixels as the canvas's stroke");
    }

    @ParameterizedTest(name = "triangle at x {0}")
    @CsvSource({"20", "20.25", "31.5", "7.8"})
    void aStampedTriangleLooksLikeTheCanvasPolygon(double x) throws Exception {
        double[] xs = {x, x - 5, x + 5};
        double[] ys = {12, 20, 20};
        WritableImage[] both = onFx(() -> new WritableImage[] {
            draw(g -> {
                g.setFill(Color.web("#1F3A93"));
                g.fillPolygon(xs, ys, 3);
            }),
            draw(g -> new FxPainter(g).fillPolygon(xs, ys, 3, INK)),
        });
        long a = inked(both[0]);
        long b = inked(both[1]);
        assertTrue(b > 20, "the triangle was drawn: " + b + " pixels");
        assertTrue(Math.abs(a - b) <= 6, "about as many pixels touched: " + a + " and " + b);
        assertTrue(maxDifference(both[0], both[1]) <= 80, "edges differ only by their shading");
    }

    @Test
    void aTriangleMovedByWholePixelsReusesItsStamp() throws Exception {
        TriangleStamps stamps = new TriangleStamps();
        WritableImage[] got = onFx(() -> new WritableImage[] {
            stamps.get(new double[] {10.25, 5.25, 15.25}, new double[] {2, 10, 10}, 5, 2, INK),
            stamps.get(new double[] {40.25, 35.25, 45.25}, new double[] {7, 15, 15}, 35, 7, INK),
            stamps.get(new double[] {40.25, 35.25, 45.25}, new double[] {7, 15, 15}, 35, 7, 0xFFD55E00),
        });
        assertSame(got[0], got[1]);
        assertTrue(got[0] != got[2], "another colour, another stamp");
    }

    @Test
    void onlySmallFiniteTrianglesAreStamped() {
        assertTrue(TriangleStamps.fits(new double[] {0, 5, 10}, new double[] {0, 8, 0}));
        assertEquals(false, TriangleStamps.fits(new double[] {0, 50, 10}, new double[] {0, 8, 0}));
        assertEquals(false, TriangleStamps.fits(new double[] {0, Double.NaN, 10}, new double[] {0, 8, 0}));
    }
}
