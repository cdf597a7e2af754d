package io.processlab.app.panels;

import io.processlab.app.style.ProcessPalette;
import io.processlab.view.objects.Card;

/**
 * A queue item or pipe message as a card.
 *
 * @param text the value as Python prints it
 * @param poison whether it is the None that tells a consumer to stop
 * @param colour the colour of the process that put or sent it (0 for the parent)
 */
public record CardRow(String text, boolean poison, int colour) {
    public static CardRow of(Card c, ProcessPalette palette) {
        return new CardRow(c.text(), c.poison(), c.from() == null ? 0 : palette.colour(c.from().pid()));
    }
}
