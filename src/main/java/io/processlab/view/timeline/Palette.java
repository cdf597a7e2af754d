package io.processlab.view.timeline;

import io.processlab.trace.RuntimeKind;
import io.processlab.wire.Bundles;
import java.util.Locale;

/**
 * The timeline's colours and words. State colours are the Okabe-Ito palette (told apart with the
 * common kinds of colour blindness, and strong enough for a projector); every state also has a
 * {@link Hatch} or a shape of its own, and the legend names it, so colour is never the only cue.
 */
public final class Palette {
    public static final int BACKGROUND = 0xFFFFFFFF;
    public static final int LANE_STRIPE = 0xFFF2F4F7;
    public static final int GRID = 0xFFDADDE2;
    public static final int AXIS = 0xFF555555;
    public static final int TEXT = 0xFF111111;
    public static final int TEXT_DIM = 0xFF555555;
    public static final int ARROW = 0xB8202020;
    public static final int PRINT_MARK = 0xFF111111;
    public static final int ERROR_MARK = 0xFFD55E00;
    public static final int CURSOR = 0xFFCC0000;
    public static final int BAR_EDGE = 0x66000000;

    private static final int[] COLORS = {
        0xFFBBBBBB, // starting: grey
        0xFF009E73, // running: bluish green
        0xFFE69F00, // waiting for a lock: orange
        0xFF0072B2, // holding a lock: blue
        0xFF56B4E9, // blocked: sky blue
        0xFFF0E442, // waiting for an event: yellow
        0xFFCC79A7, // sleeping: reddish purple
        0xFF8C8C8C, // exited: mid grey (the legend's line up to the end mark)
        0xFFD55E00, // failed: vermillion
    };

    private static final Hatch[] HATCHES = {
        Hatch.DOTS, Hatch.NONE, Hatch.DIAGONAL, Hatch.NONE, Hatch.BACK_DIAGONAL,
        Hatch.VERTICAL, Hatch.HORIZONTAL, Hatch.NONE, Hatch.CROSS,
    };

    /** The bundle of the timeline's words, under {@code resources/i18n/}. */
    public static final String BUNDLE = "i18n.view";

    private Palette() {
    }

    public static int color(State s) {
        return COLORS[s.ordinal()];
    }

    public static Hatch hatch(State s) {
        return HATCHES[s.ordinal()];
    }

    /** The colour of the hatch lines over a state's colour. */
    public static int hatchInk(State s) {
        return s == State.FAILED ? 0xCC000000 : 0x73000000;
    }

    /** The legend's name for a state, in Portuguese or English, for a Java run. */
    public static String label(State s, Locale locale) {
        return label(s, locale, RuntimeKind.JAVA);
    }

    /**
     * The legend's name for a state, in Portuguese or English, as it is true for {@code runtime}:
     * a Java child is starting while its JVM boots, a Python one while its interpreter starts.
     */
    public static String label(State s, Locale locale, RuntimeKind runtime) {
        String key = "state." + s.name().toLowerCase(Locale.ROOT);
        return text(locale, s == State.STARTING && runtime == RuntimeKind.PYTHON ? key + ".python" : key);
    }

    /** The word written inside a bar that has no label of its own, or null for none. */
    public static String barLabel(State s, Locale locale) {
        return s == State.STARTING ? text(locale, "bar.starting") : null;
    }

    /** The legend's words for the arrows, the print marks and the error marks (key: message, print, error, time, zoom). */
    public static String word(String key, Locale locale, Object... args) {
        return text(locale, "word." + key, args);
    }

    /** A text of the timeline's bundle, in {@code locale}'s language. */
    static String text(Locale locale, String key, Object... args) {
        return Bundles.text(BUNDLE, locale, key, args);
    }

    /** Black or white, whichever reads better on {@code argb}. */
    public static int textOn(int argb) {
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        double lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        return lum > 140 ? 0xFF000000 : 0xFFFFFFFF;
    }
}
