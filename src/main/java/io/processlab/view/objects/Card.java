package io.processlab.view.objects;

/**
 * One item in a queue or one message in a pipe, as a card.
 *
 * @param msg the trace's message number (the same on the put/send and its get/recv)
 * @param text the item as Python would print it (possibly shortened)
 * @param from who put or sent it
 */
public record Card(long msg, String text, Proc from) {
    /** Python's {@code None}: the text of a null item. */
    public static final String NONE = "None";

    /** A null item: the "poison pill" that tells a consumer to stop. */
    public boolean poison() {
        return NONE.equals(text);
    }
}
