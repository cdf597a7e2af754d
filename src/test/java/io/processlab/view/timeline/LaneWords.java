package io.processlab.view.timeline;

import java.util.Locale;

/** How a lane's end reads in English, for tests outside this package. */
public final class LaneWords {
    private LaneWords() {
    }

    public static String of(Lane lane) {
        return EndMark.words(lane, Locale.ENGLISH);
    }
}
