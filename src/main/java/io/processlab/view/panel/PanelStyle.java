package io.processlab.view.panel;

import io.processlab.view.objects.ProcState;

/**
 * The panel picture's colours: the window's (css/processlab.css; {@code PanelStyleTest} checks
 * that the process colours are the style sheet's): one colour per process (the parent neutral,
 * children the Okabe-Ito palette in order), cards with the sender's stripe, state badges.
 */
public final class PanelStyle {
    static final int BACKGROUND = 0xFFFFFFFF;
    static final int BOX = 0xFFF7F8FB;
    static final int BOX_EDGE = 0xFFD0D5DD;
    static final int TEXT = 0xFF1D2430;
    static final int TEXT_DIM = 0xFF5B6474;
    static final int CARD = 0xFFFFFBEA;
    static final int CARD_EDGE = 0xFFD9C27A;
    static final int IN_FLIGHT = 0xFFEAF2FF;
    static final int POISON = 0xFF3A1512;
    static final int HELD = 0xFF6B2FA3;
    static final int FREE = 0xFFD6F2DF;
    static final int FREE_INK = 0xFF145C2E;
    static final int LAMP_ON = 0xFFFFD400;
    static final int LAMP_ON_EDGE = 0xFF9C7400;
    static final int LAMP_OFF = 0xFFB9BEC7;
    static final int LAMP_OFF_EDGE = 0xFF6C7380;

    /** The chips' backgrounds: proc-0 (the parent) .. proc-8. */
    static final int[] CHIP = {
        0xFF3D4553, 0xFFE69F00, 0xFF56B4E9, 0xFF009E73, 0xFFF0E442, 0xFF0072B2, 0xFFD55E00, 0xFFCC79A7, 0xFF8C8C8C,
    };
    /** The chips' text colours, in the same order. */
    static final int[] CHIP_INK = {
        0xFFFFFFFF, 0xFF1D1400, 0xFF04223A, 0xFFFFFFFF, 0xFF2B2800, 0xFFFFFFFF, 0xFFFFFFFF, 0xFF2A0D1D, 0xFFFFFFFF,
    };

    private PanelStyle() {
    }

    /** Every colour the panel is drawn with (for a GIF's palette). */
    public static int[] colours() {
        int[] flat = {BACKGROUND, BOX, BOX_EDGE, TEXT, TEXT_DIM, CARD, CARD_EDGE, IN_FLIGHT, POISON, HELD, FREE,
            FREE_INK, LAMP_ON, LAMP_ON_EDGE, LAMP_OFF, LAMP_OFF_EDGE};
        int[] all = new int[flat.length + CHIP.length * 2];
        System.arraycopy(flat, 0, all, 0, flat.length);
        System.arraycopy(CHIP, 0, all, flat.length, CHIP.length);
        System.arraycopy(CHIP_INK, 0, all, flat.length + CHIP.length, CHIP.length);
        return all;
    }

    /** The colours of a state badge (a key under {@code state.}): {background, text}. */
    static int[] badge(String state) {
        return switch (state) {
            case StateWords.RUNNING -> new int[] {0xFFD6F2DF, 0xFF145C2E};
            case StateWords.SLEEPING -> new int[] {0xFFDDE8FB, 0xFF1F3F86};
            case StateWords.WAITING, StateWords.HELD -> new int[] {0xFFFFE7C2, 0xFF7A4300};
            case StateWords.HOLDING -> new int[] {HELD, 0xFFFFFFFF};
            case StateWords.STARTING -> new int[] {0xFFEEF0F3, 0xFF5B6474};
            case StateWords.FAILED -> new int[] {0xFFB3261E, 0xFFFFFFFF};
            default -> new int[] {0xFFE3E7EE, 0xFF3D4553};
        };
    }

    /** The general state of a process as a key under {@code state.}. */
    static String state(ProcState p) {
        return p == null ? StateWords.STARTING : StateWords.of(p);
    }
}
