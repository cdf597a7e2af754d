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

    /**
     * The inked part of a tile as SVG path data in logical pixels (0..{@link #TILE}), the vector
     * twin of {@link #ink}: bands 1.6 pixels wide, the dots 2 pixels square. Parts may reach past
     * the tile: a pattern clips them.
     */
    public String vectorPath() {
        String diagonal = "M0 0H1.6L0 1.6Z M8 0H9.6L0 9.6V8Z";
        String back = "M0 0H1.6L9.6 8H8Z M0 6.4L1.6 8H0Z";
        return switch (this) {
            case NONE -> "";
            case DIAGONAL -> diagonal;
            case BACK_DIAGONAL -> back;
            case CROSS -> diagonal + " " + back;
            case VERTICAL -> "M0 0H1.6V8H0Z";
            case HORIZONTAL -> "M0 0H8V1.6H0Z";
            case DOTS -> "M1 1H3V3H1Z";
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
