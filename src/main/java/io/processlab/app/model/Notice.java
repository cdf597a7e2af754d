package io.processlab.app.model;

/**
 * A message for the bar above the lesson's panel: what a file action did, or why it could not.
 *
 * @param text the message, in the window's language
 * @param error whether something went wrong (shown in red; else a plain confirmation)
 */
public record Notice(String text, boolean error) {
    public static Notice error(String text) {
        return new Notice(text, true);
    }

    public static Notice info(String text) {
        return new Notice(text, false);
    }
}
