package io.processlab.view.timeline;

import io.processlab.trace.Fields;
import io.processlab.trace.Signals;
import java.util.Locale;

/**
 * Where a lane ends: a bar across the lane at the moment the process ended (black when it ended
 * well, vermillion when it failed) and, after it, how it ended: a normal end always in the same
 * words, whatever the room ("exit 0", Python's {@code exitcode}, and "end" for the parent, whose
 * lane ends with the run: a window of another size never names the same end otherwise); an end
 * that needs explaining in words ("killed by SIGKILL (code 137)"), in a word or two ("SIGKILL")
 * when the room before the plot's right edge is short. After the mark the lane is empty.
 */
final class EndMark {
    static final int INK = 0xFF000000;
    static final int FAILED_INK = Palette.ERROR_MARK;
    /** The patch under the words, so that they read over arrows and grid lines. */
    static final int PATCH = 0xEBFFFFFF;

    private EndMark() {
    }

    /** How the lane ended, in English or Portuguese; null while it runs. */
    static String words(Lane lane, Locale locale) {
        if (!lane.ended()) {
            return null;
        }
        Fields.Exit exit = lane.exit();
        if (exit == null) {
            return Palette.text(locale, "end.short.run");
        }
        int code = exit.code();
        if (code == -1) {
            return Palette.text(locale, "end.no_code");
        }
        if (code == 0) {
            if (lane.failed()) {
                return Palette.text(locale, "end.zero_after_error");
            }
            return Palette.text(locale, "end.short.exit", 0);
        }
        if (Fields.Exit.STOPPED.equals(exit.reason())) {
            return Palette.text(locale, "end.stopped", code);
        }
        if (exit.signal() != null) {
            String name = Signals.name(exit.signal());
            String sig = name != null ? name : Palette.text(locale, "end.signal", String.valueOf(exit.signal()));
            return Palette.text(locale, "end.killed", sig, code);
        }
        return Palette.text(locale, "end.failed", code);
    }

    /** The colour of the lane's end mark. */
    static int ink(Lane lane) {
        return lane.failed() ? FAILED_INK : INK;
    }

    /** The bar across the lane at {@code x}, from {@code top}, {@code h} high. */
    static void bar(Painter p, double x, double top, double h, int ink) {
        double w = Math.max(3, Math.min(6, h * 0.18));
        p.fillRect(x - w / 2, top, w, h, 0xFFFFFFFF);
        p.fillRect(x - w / 2 + 1, top + 1, w - 2 < 1 ? 1 : w - 2, h - 2, ink);
    }

    /** How the lane ended in a word or two, for a narrow room: "exit 0", "SIGKILL", "end"; null while it runs. */
    static String shortWords(Lane lane, Locale locale) {
        if (!lane.ended()) {
            return null;
        }
        Fields.Exit exit = lane.exit();
        if (exit == null) {
            return Palette.text(locale, "end.short.run");
        }
        int code = exit.code();
        if (code == -1) {
            return Palette.text(locale, "end.short.no_code");
        }
        if (code != 0 && Fields.Exit.STOPPED.equals(exit.reason())) {
            return Palette.text(locale, "end.short.stopped");
        }
        String signal = exit.signal() == null ? null : Signals.name(exit.signal());
        if (code != 0 && signal != null) {
            return signal;
        }
        if (code == 0 && lane.failed()) {
            // not a clean exit in a narrow room either
            return Palette.text(locale, "end.short.zero_after_error");
        }
        return Palette.text(locale, "end.short.exit", code);
    }

    /** Whether the full words fit after the mark at {@code x}, before {@code right}. */
    static boolean fits(Painter p, Lane lane, double x, double barH, double right, Locale locale) {
        double size = Math.min(LanePainter.BAR_TEXT, barH - 2);
        return x + 8 + p.textWidth(words(lane, locale), size, true) + 4 <= right;
    }

    /**
     * The mark at {@code x} on a bar at {@code barTop}, {@code barH} high, and after it, where the
     * lane is empty, how it ended: in words if they fit before {@code right}, else in a word or
     * two (also when {@code full} is false: the run's other lanes have no room for full words),
     * else not at all (the words never cover the lane's bars).
     */
    static void paint(Painter p, Lane lane, double x, double barTop, double barH, double right, Locale locale,
            boolean full) {
        int ink = ink(lane);
        bar(p, x, barTop - barH * 0.25, barH * 1.5, ink);
        if (barH < 12) {
            return;
        }
        double size = Math.min(LanePainter.BAR_TEXT, barH - 2);
        double left = x + 8;
        String text = words(lane, locale);
        double tw = p.textWidth(text, size, true);
        if (!full || left + tw + 4 > right) {
            text = shortWords(lane, locale);
            tw = p.textWidth(text, size, true);
            if (left + tw + 4 > right) {
                return;
            }
        }
        p.fillRect(left - 4, barTop + 1, tw + 8, barH - 2, PATCH);
        p.text(text, left, barTop + barH / 2 + size * 0.36, lane.failed() ? 0xFFA33A00 : Palette.TEXT, size, true,
                Painter.Align.LEFT);
    }
}
