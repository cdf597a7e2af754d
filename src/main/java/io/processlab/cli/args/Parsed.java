package io.processlab.cli.args;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A command line as {@link CommandLine#parse} read it: its operands and its options' values. */
public final class Parsed {
    private final Locale messages;
    private final List<String> operands;
    private final Map<String, List<Object>> values;

    Parsed(Locale messages, List<String> operands, Map<String, List<Object>> values) {
        this.messages = messages;
        this.operands = List.copyOf(operands);
        this.values = values;
    }

    /** The language of the command line's messages. */
    public Locale messages() {
        return messages;
    }

    /** Operand {@code i} (from 0), or null. */
    public String operand(int i) {
        return i < operands.size() ? operands.get(i) : null;
    }

    /** Every operand, in order. */
    public List<String> operands() {
        return operands;
    }

    /** Whether the option was given. */
    public boolean has(String option) {
        return values.containsKey(option);
    }

    /** The option's value (the last one given), or {@code otherwise}. */
    @SuppressWarnings("unchecked")
    public <T> T get(String option, T otherwise) {
        List<Object> v = values.get(option);
        return v == null || v.isEmpty() ? otherwise : (T) v.get(v.size() - 1);
    }

    /** Every value of a repeatable option, in order. */
    @SuppressWarnings("unchecked")
    public <T> List<T> all(String option) {
        List<Object> v = values.get(option);
        return v == null ? List.of() : (List<T>) List.copyOf(v);
    }
}
