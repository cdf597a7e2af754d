package io.processlab.view;

import java.util.ArrayList;
import java.util.List;

/** Text cut at one character, without a regular expression (no view runs one over a text). */
public final class TextParts {
    private TextParts() {
    }

    /** The parts of {@code s} between each {@code c}: n of them give n + 1 parts, empty ones included. */
    public static List<String> split(String s, char c) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, from)) {
            out.add(s.substring(from, i));
            from = i + 1;
        }
        out.add(s.substring(from));
        return out;
    }
}
