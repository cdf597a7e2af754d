package io.processlab.app.files;

import java.awt.image.BufferedImage;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;

/**
 * Pictures between the window and the files or the clipboard: a node's snapshot (the lesson's
 * panel as the window draws it), a Java2D image as a JavaFX one and back, an image put on the
 * system clipboard. Use on the FX thread.
 */
final class Pictures {
    private Pictures() {
    }

    /** {@code node} drawn whole (also what a scroll pane hides) {@code scale} times larger, on white. */
    static WritableImage snapshot(Node node, double scale) {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        p.setTransform(new Scale(scale, scale));
        return node.snapshot(p, null);
    }

    /** A JavaFX image as a Java2D one (to write it as PNG). */
    static BufferedImage toAwt(Image img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] px = new int[w * h];
        PixelReader r = img.getPixelReader();
        r.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, px, 0, w);
        return out;
    }

    /** A Java2D image as a JavaFX one (to put it on the clipboard). */
    static WritableImage toFx(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] px = img.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        return out;
    }

    /** Puts {@code img} on the system clipboard (a slide program pastes it). */
    static void copy(Image img) {
        ClipboardContent c = new ClipboardContent();
        c.putImage(img);
        Clipboard.getSystemClipboard().setContent(c);
    }
}
