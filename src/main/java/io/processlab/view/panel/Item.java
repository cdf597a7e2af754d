package io.processlab.view.panel;

/**
 * One thing drawn in a panel's row: a process's chip, a card (a queue item, a message), a state
 * badge, a plain word, the lock's sign or the event's lamp.
 *
 * @param kind what it is
 * @param text its words
 * @param fill its background (ARGB), or 0 for none
 * @param ink its text colour (ARGB)
 * @param stripe a card's left stripe (who put or sent it), or 0
 */
public record Item(Kind kind, String text, int fill, int ink, int stripe) {
    /** What an item is; each has its own font and padding. */
    public enum Kind { CHIP, CARD, BADGE, WORD, DIM, SIGN, LAMP }

    /** The same item with other words. */
    Item withText(String s) {
        return new Item(kind, s, fill, ink, stripe);
    }

    static Item word(String text) {
        return new Item(Kind.WORD, text, 0, PanelStyle.TEXT, 0);
    }

    static Item dim(String text) {
        return new Item(Kind.DIM, text, 0, PanelStyle.TEXT_DIM, 0);
    }
}
