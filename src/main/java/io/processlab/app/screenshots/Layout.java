package io.processlab.app.screenshots;

import java.util.ArrayList;
import java.util.List;

/**
 * One way a class sees the window: its size and whether in presenter mode. {@link #GRID} is every
 * classroom screen size (1280x720, 1366x768, 1440x900, 1920x1080), normal and presenter.
 */
public record Layout(int width, int height, boolean presenter) {
    /** The classroom screen sizes. */
    public static final List<int[]> SIZES = List.of(new int[] {1280, 720}, new int[] {1366, 768},
            new int[] {1440, 900}, new int[] {1920, 1080});
    /** Every size, normal and presenter. */
    public static final List<Layout> GRID = grid();

    private static List<Layout> grid() {
        List<Layout> all = new ArrayList<>();
        for (int[] s : SIZES) {
            all.add(new Layout(s[0], s[1], false));
            all.add(new Layout(s[0], s[1], true));
        }
        return List.copyOf(all);
    }

    /** {@code 1280x720} or {@code 1280x720-presenter}. */
    public String name() {
        return width + "x" + height + (presenter ? "-presenter" : "");
    }
}
