package io.processlab.app.panels;

import java.util.ArrayList;
import java.util.List;

/**
 * A card drawn once for a run of identical poison pills next to each other in a queue
 * ("None ☠ ×5"); any other card stands alone (count 1).
 *
 * @param card the card
 * @param count how many of it stand there in a row
 */
public record CardGroup(CardRow card, int count) {
    /**
     * The cards of a queue in their order, with each run of consecutive identical poison pills
     * (same value, put by the same process) as one group; a pill group splits where another card
     * stands between.
     */
    public static List<CardGroup> of(List<CardRow> cards) {
        List<CardGroup> out = new ArrayList<>();
        for (CardRow c : cards) {
            int last = out.size() - 1;
            if (c.poison() && last >= 0 && out.get(last).card().equals(c)) {
                out.set(last, new CardGroup(c, out.get(last).count() + 1));
            } else {
                out.add(new CardGroup(c, 1));
            }
        }
        return out;
    }
}
