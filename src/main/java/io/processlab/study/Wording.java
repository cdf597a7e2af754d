package io.processlab.study;

import java.util.Arrays;
import java.util.List;

/**
 * Words for a person, not yet in a language: a key of the window's bundle and its arguments
 * (numbers stay numbers, so that they follow the language when the view formats them).
 */
public record Wording(String key, List<Object> args) {
    public Wording {
        args = List.copyOf(args);
    }

    public static Wording of(String key, Object... args) {
        return new Wording(key, Arrays.asList(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
