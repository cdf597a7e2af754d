package io.processlab.view.timeline;

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

    private static final String[] EN = {
        "starting (JVM boots)", "running", "waiting for a lock", "holding a lock",
        "blocked: get / recv / join", "waiting for an event", "sleeping", "exited", "failed",
    };

    private static final String[] PT = {
        "iniciando (JVM)", "executando", "esperando o lock", "segurando o lock",
        "bloqueado: get / recv / join", "esperando o evento", "dormindo", "terminou", "falhou",
    };

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

    /** The legend's name for a state, in Portuguese or English. */
    public static String label(State s, Locale locale) {
        return (isPortuguese(locale) ? PT : EN)[s.ordinal()];
    }

    /** The word written inside a bar that has no label of its own, or null for none. */
    public static String barLabel(State s, Locale locale) {
        if (s == State.STARTING) {
            return isPortuguese(locale) ? "iniciando" : "starting";
        }
        return null;
    }

    /** The legend's words for the arrows, the print marks and the error marks. */
    public static String word(String key, Locale locale) {
        boolean pt = isPortuguese(locale);
        return switch (key) {
            case "message" -> pt ? "mensagem: put \u2192 get, send \u2192 recv" : "message: put \u2192 get, send \u2192 recv";
            case "print" -> pt ? "imprimiu uma linha" : "printed a line";
            case "error" -> pt ? "erro" : "error";
            case "time" -> pt ? "tempo" : "time";
            case "more" -> pt ? "\u2026 e mais {0} processos" : "\u2026 and {0} more processes";
            case "zoom" -> pt ? "{0} mensagens: aproxime para ver as setas" : "{0} messages: zoom in to see the arrows";
            default -> key;
        };
    }

    private static boolean isPortuguese(Locale locale) {
        return locale != null && "pt".equals(locale.getLanguage());
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
