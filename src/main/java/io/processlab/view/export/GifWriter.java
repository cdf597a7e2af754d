package io.processlab.view.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes an animated GIF frame by frame with one fixed palette ({@link GifPalette}) as the global
 * colour table, looping forever. Each frame after the first stores only the rectangle that changed
 * since the one before, its unchanged pixels transparent (the rest stays: "do not dispose"), so a
 * replay where only the cursor and a few bars move costs little per frame. Uses ImageIO's GIF writer: no display needed.
 */
final class GifWriter implements Closeable {
    /** The palette index left free for "unchanged" (transparent) pixels: {@link GifPalette} uses 0..254. */
    static final int CLEAR = 255;
    private final ImageWriter writer;
    private final ImageOutputStream ios;
    private final int width;
    private final int height;
    private final IndexColorModel colours;
    private final IndexColorModel clearColours;
    private byte[] previous;
    private int frames;

    GifWriter(OutputStream out, int width, int height, GifPalette palette) throws IOException {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("gif");
        if (!it.hasNext()) {
            throw new IOException("no GIF writer in this Java");
        }
        this.writer = it.next();
        this.ios = new MemoryCacheImageOutputStream(out);
        this.width = width;
        this.height = height;
        this.colours = palette.colourModel(-1);
        this.clearColours = palette.colourModel(CLEAR);
        writer.setOutput(ios);
        writer.prepareWriteSequence(streamMetadata());
    }

    /** The stream's metadata: the picture's size and the palette as the one global colour table. */
    private IIOMetadata streamMetadata() throws IOException {
        IIOMetadata meta = writer.getDefaultStreamMetadata(writer.getDefaultWriteParam());
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode screen = child(root, "LogicalScreenDescriptor");
        screen.setAttribute("logicalScreenWidth", Integer.toString(width));
        screen.setAttribute("logicalScreenHeight", Integer.toString(height));
        screen.setAttribute("colorResolution", "8");
        screen.setAttribute("pixelAspectRatio", "0");
        IIOMetadataNode table = child(root, "GlobalColorTable");
        while (table.getFirstChild() != null) {
            table.removeChild(table.getFirstChild());
        }
        table.setAttribute("sizeOfGlobalColorTable", "256");
        table.setAttribute("sortFlag", "FALSE");
        table.setAttribute("backgroundColorIndex", "0");
        for (int i = 0; i < 256; i++) {
            IIOMetadataNode e = new IIOMetadataNode("ColorTableEntry");
            e.setAttribute("index", Integer.toString(i));
            e.setAttribute("red", Integer.toString(colours.getRed(i)));
            e.setAttribute("green", Integer.toString(colours.getGreen(i)));
            e.setAttribute("blue", Integer.toString(colours.getBlue(i)));
            table.appendChild(e);
        }
        try {
            meta.setFromTree(format, root);
        } catch (javax.imageio.metadata.IIOInvalidTreeException e) {
            throw new IOException("GIF metadata refused: " + e.getMessage(), e);
        }
        return meta;
    }

    /** How many frames were written. */
    int frames() {
        return frames;
    }

    /** Adds a frame of palette indices (row by row, {@code width * height}) shown for {@code delayCs} hundredths of a second. */
    void frame(byte[] indices, int delayCs) throws IOException {
        int x0 = 0;
        int y0 = 0;
        int x1 = width - 1;
        int y1 = height - 1;
        if (previous != null) {
            x0 = width;
            y0 = height;
            x1 = -1;
            y1 = -1;
            for (int y = 0; y < height; y++) {
                int row = y * width;
                for (int x = 0; x < width; x++) {
                    if (indices[row + x] != previous[row + x]) {
                        x0 = Math.min(x0, x);
                        x1 = Math.max(x1, x);
                        y0 = Math.min(y0, y);
                        y1 = y;
                    }
                }
            }
            if (x1 < 0) {
                // nothing changed: one pixel, the same as before, keeps the frame's place and delay
                x0 = 0;
                y0 = 0;
                x1 = 0;
                y1 = 0;
            }
        }
        int w = x1 - x0 + 1;
        int h = y1 - y0 + 1;
        boolean clear = previous != null;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, clear ? clearColours : colours);
        byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            System.arraycopy(indices, (y0 + y) * width + x0, data, y * w, w);
        }
        if (clear) {
            // what did not change is left transparent: the frame before shows through, and long
            // runs of one index pack small
            for (int y = 0; y < h; y++) {
                int row = (y0 + y) * width + x0;
                for (int x = 0; x < w; x++) {
                    if (previous[row + x] == indices[row + x]) {
                        data[y * w + x] = (byte) CLEAR;
                    }
                }
            }
        }
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        // every frame uses the global table (a local one would add 768 bytes a frame)
        for (int i = root.getLength() - 1; i >= 0; i--) {
            if (root.item(i).getNodeName().equals("LocalColorTable")) {
                root.removeChild(root.item(i));
            }
        }
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "doNotDispose");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", clear ? "TRUE" : "FALSE");
        gce.setAttribute("delayTime", Integer.toString(Math.max(2, delayCs)));
        gce.setAttribute("transparentColorIndex", Integer.toString(CLEAR));
        IIOMetadataNode desc = child(root, "ImageDescriptor");
        desc.setAttribute("imageLeftPosition", Integer.toString(x0));
        desc.setAttribute("imageTopPosition", Integer.toString(y0));
        desc.setAttribute("imageWidth", Integer.toString(w));
        desc.setAttribute("imageHeight", Integer.toString(h));
        desc.setAttribute("interlaceFlag", "FALSE");
        if (frames == 0) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            apps.appendChild(loop);
        }
        meta.setFromTree(format, root);
        writer.writeToSequence(new IIOImage(img, null, meta), param);
        previous = indices.clone();
        frames++;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    @Override
    public void close() throws IOException {
        try {
            writer.endWriteSequence();
        } finally {
            writer.dispose();
            ios.close();
        }
    }
}
