package io.processlab.view.objects;

import io.processlab.trace.Fields;
import java.util.List;
import java.util.Optional;

/**
 * A line a process printed, in the order the parent received it.
 *
 * @param proc who printed it
 * @param text what it printed
 * @param said which text of the lessons' bundle it is and its arguments, or null (not a lesson's text)
 */
public record Printed(Proc proc, String text, Fields.Said said) {
    /** A line that is no text of the lessons' bundle. */
    public Printed(Proc proc, String text) {
        this(proc, text, null);
    }

    /** The arguments of the line if it is the text {@code key}: what a panel reads, never the words. */
    public Optional<List<String>> args(String key) {
        return said != null && said.key().equals(key) ? Optional.of(said.args()) : Optional.empty();
    }
}
