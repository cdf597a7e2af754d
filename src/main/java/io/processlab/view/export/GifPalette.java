package io.processlab.view.export;

import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One palette of at most 255 colours for every frame of a GIF: first the colours the pictures are
 * drawn with (the timeline's states, the processes' chips, text, background), then the colours
 * most used in a few sample frames (the shades of smoothed text and lines). Any other colour is
 * drawn as its nearest, looked up once per colour and remembered.
 */
final class GifPalette {
    static final int MAX = 255;

    private final int[] rgb;
    /** Index + 1 for each 24-bit colour seen so far; 0 when not looked up yet. */
    private final byte[] lookup = new byte[1 << 24];

    private GifPalette(int[] rgb) {
        this.rgb = rgb;
    }

    /** The palette of {@code required} colours (ARGB; alpha is ignored) and the commonest of {@code samples}. */
    static GifPalette of(int[] required, List<int[]> samples) {
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int c : required) {
            if (chosen.size() < MAX) {
                chosen.add(c & 0xFFFFFF);
            }
        }
        Map<Integer, int[]> counts = new HashMap<>();
        for (int[] frame : samples) {
            for (int px : frame) {
                counts.computeIfAbsent(px & 0xFFFFFF, k -> new int[1])[0]++;
            }
        }
        List<Map.Entry<Integer, int[]>> byUse = new ArrayList<>(counts.entrySet());
        byUse.sort((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]));
        for (Map.Entry<Integer, int[]> e : byUse) {
            if (chosen.size() >= MAX) {
                break;
            }
            chosen.add(e.getKey());
        }
        return new GifPalette(chosen.stream().mapToInt(Integer::intValue).toArray());
    }

    int size() {
        return rgb.length;
    }

    /** The palette as a 256-entry colour model (the unused entries black), {@code clear} the transparent index or -1. */
    IndexColorModel colourModel(int clear) {
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        for (int i = 0; i < rgb.length; i++) {
            r[i] = (byte) (rgb[i] >> 16);
            g[i] = (byte) (rgb[i] >> 8);
            b[i] = (byte) rgb[i];
        }
        return new IndexColorModel(8, 256, r, g, b, clear);
    }

    /** Each pixel of {@code pixels} (RGB) as the index of its nearest palette colour. */
    byte[] indices(int[] pixels, byte[] into) {
        for (int i = 0; i < pixels.length; i++) {
            int c = pixels[i] & 0xFFFFFF;
            int k = lookup[c];
            if (k == 0) {
                k = nearest(c) + 1;
                lookup[c] = (byte) k;
            }
            into[i] = (byte) ((k & 0xFF) - 1);
        }
        return into;
    }

    private int nearest(int c) {
        int r = (c >> 16) & 0xFF;
        int g = (c >> 8) & 0xFF;
        int b = c & 0xFF;
        int best = 0;
        long bestD = Long.MAX_VALUE;
        for (int i = 0; i < rgb.length; i++) {
            int dr = r - ((rgb[i] >> 16) & 0xFF);
            int dg = g - ((rgb[i] >> 8) & 0xFF);
            int db = b - (rgb[i] & 0xFF);
            long d = 3L * dr * dr + 4L * dg * dg + 2L * db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }
}
