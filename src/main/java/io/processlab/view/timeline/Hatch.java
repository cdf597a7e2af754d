package io.processlab.view.timeline;

/**
 * The pattern drawn over a state's colour, so that colour is not the only cue. A hatch is a
 * square tile of {@link #TILE} logical pixels; {@link #tile} renders it at any resolution.
 */
public enum Hatch {
    NONE, DIAGONAL, BACK_DIAGONAL, CROSS, VERTICAL, HORIZONTAL, DOTS;

    /** The tile's side in logical pixels. */
    public static final int TILE = 8;

    /** Whether the pixel (px, py) of a tile rendered {@code k} device pixels per logical one is inked. */
    public boolean ink(int px, int py, int k) {
        int n = TILE * k;
        int line = Math.max(1, (int) Math.round(1.6 * k));
        int x = Math.floorMod(px, n);
        int y = Math.floorMod(py, n);
        return switch (this) {
            case NONE -> false;
            case DIAGONAL -> Math.floorMod(x + y, n) < line;
            case BACK_DIAGONAL -> Math.floorMod(x - y, n) < line;
            case CROSS -> Math.floorMod(x + y, n) < line || Math.floorMod(x - y, n) < line;
            case VERTICAL -> x < line;
            case HORIZONTAL -> y < line;
            case DOTS -> x >= k && x < k + 2 * k && y >= k && y < k + 2 * k;
        };
    }

    /** The tile as ARGB pixels, row by row: {@code argb} where inked, transparent elsewhere. */
    public int[] tile(int argb, int k) {
        int n = TILE * k;
        int[] px = new int[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                px[y * n + x] = ink(x, y, k) ? argb : 0;
            }
        }
        return px;
    }
}
