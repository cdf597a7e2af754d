package io.processlab.view.timeline;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words inside a bar, in the reader's language: a lane's label ("join tasks", "sleep 0.5 s",
 * "step: put tasks") is its call's name and object, as {@link Lane} writes them; here it becomes
 * "aguarda tasks (join)" or "dorme 0,5 s" in Portuguese. A sleep that really lasted otherwise
 * than it asked (the tempo stretches every sleep) says what it lasted: "sleep 0.1 s · lasted 1.0 s".
 */
final class BarText {
    /** The calls whose label is the call's name, a space and the object. */
    private static final Set<String> CALLS = Set.of("acquire", "get", "recv", "join", "wait");
    /** A sleep "lasted" otherwise when it is off by more than this share of what it asked... */
    private static final double OFF_SHARE = 0.2;
    /** ... and by more than this, in microseconds (the time to wake up is not a difference). */
    private static final long OFF_US = 50_000;

    private BarText() {
    }

    /**
     * The text for a bar.
     *
     * @param label the lane's label, or null (then the state's own word, if any)
     * @param lastedUs how long the bar lasted, or -1 while it is open
     */
    static String say(String label, State state, long lastedUs, Locale locale) {
        // a frame draws every bar in view, each frame: the words are formatted once (bundles,
        // MessageFormat and number formats took half of a live frame's time at 64 processes)
        boolean sleeps = label != null && label.startsWith("sleep");
        Key key = new Key(label, label == null ? state : null, sleeps ? lastedUs : -1, locale);
        String known = SAID.get(key);
        if (known != null) {
            return known.equals(NONE) ? null : known;
        }
        String said = words(label, state, lastedUs, locale);
        if (SAID.size() >= MOST_KEPT) {
            SAID.clear();
        }
        SAID.put(key, said == null ? NONE : said);
        return said;
    }

    /**
     * The bar's words when {@link #say}'s do not fit it: the call's name alone ("join", "recv",
     * "sleep"), as Python writes it, and "gave up" after it where the call gave up ("wait · gave
     * up"); null for another label. A short join after a recv was drawn
     * as one hatch with the recv's words ("aguarda pipe-2.a (recv)" up to the end, the parent
     * long done receiving).
     */
    static String brief(String label, Locale locale) {
        if (label == null) {
            return null;
        }
        boolean gaveUp = label.startsWith(Lane.GAVE_UP);
        String call = gaveUp ? label.substring(Lane.GAVE_UP.length()) : label;
        int space = call.indexOf(' ');
        String verb = space < 0 ? call : call.substring(0, space);
        if (!CALLS.contains(verb) && !verb.equals("sleep")) {
            return null;
        }
        // a wait that gave up says so even short: it is what its lane is there to show
        return gaveUp ? Palette.text(locale, "bar.gave_up", verb) : verb;
    }

    /** What decides a bar's words. */
    private record Key(String label, State state, long lastedUs, Locale locale) {
    }

    /** The words formatted so far (any thread: a picture may be exported while the window draws). */
    private static final Map<Key, String> SAID = new ConcurrentHashMap<>();
    /** Kept for a bar with no words (a map holds no null). */
    private static final String NONE = "\u0000";
    /** Past this many, the words kept are forgotten and formatted again as they come. */
    static final int MOST_KEPT = 8192;

    private static String words(String label, State state, long lastedUs, Locale locale) {
        if (label == null) {
            return Palette.barLabel(state, locale);
        }
        if (label.startsWith(Lane.GAVE_UP)) {
            return Palette.text(locale, "bar.gave_up", words(label.substring(Lane.GAVE_UP.length()), state, lastedUs, locale));
        }
        int space = label.indexOf(' ');
        String verb = space < 0 ? label : label.substring(0, space);
        String rest = space < 0 ? "" : label.substring(space + 1);
        if (verb.equals("step:")) {
            return Palette.text(locale, "bar.step", rest);
        }
        if (CALLS.contains(verb)) {
            return Palette.text(locale, "bar." + verb, rest);
        }
        if (verb.equals("sleep")) {
            return sleep(rest, lastedUs, locale);
        }
        return label;
    }

    private static String sleep(String asked, long lastedUs, Locale locale) {
        if (asked.isEmpty()) {
            return Palette.text(locale, "bar.sleep_none");
        }
        double seconds;
        try {
            seconds = Double.parseDouble(asked.endsWith(" s") ? asked.substring(0, asked.length() - 2) : asked);
        } catch (NumberFormatException notSeconds) {
            return Palette.text(locale, "bar.sleep", asked);
        }
        String said = Palette.text(locale, "bar.sleep", TimeAxis.seconds(seconds, locale));
        long askedUs = Math.round(seconds * 1e6);
        long off = Math.abs(lastedUs - askedUs);
        if (lastedUs >= 0 && off > OFF_US && off > askedUs * OFF_SHARE) {
            return Palette.text(locale, "bar.lasted", said, TimeAxis.format(lastedUs, locale));
        }
        return said;
    }
}
