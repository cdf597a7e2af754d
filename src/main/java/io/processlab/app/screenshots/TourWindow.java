package io.processlab.app.screenshots;

import java.util.Locale;

/** What the tour asks of the real window besides its view model (the window implements it). */
public interface TourWindow {
    /** Sizes the window and turns presenter mode on or off (without going full screen). */
    void layout(Layout layout);

    /** Switches the window's language. */
    void language(Locale locale);

    /** Chooses the tab beside the console: {@code console}, {@code code}, {@code scheduler} or {@code predict}. */
    void tab(String which);

    /** Answers the Predict tab's questions (each a different choice), as a student would before a run. */
    void predict();

    /** Shows or hides the help overlay. */
    void help(boolean on);

    /** Turns step mode on or off (off lets every held operation go). */
    void stepMode(boolean on);

    /** Lets the oldest held operation go (step mode's Next). */
    void stepNext();

    /** How many operations step mode holds now. */
    int held();
}
