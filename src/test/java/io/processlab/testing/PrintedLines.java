package io.processlab.testing;

import io.processlab.engine.RunListener;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A run listener that keeps every printed line, in the order the parent received them. */
public final class PrintedLines implements RunListener {
    /** One printed line and the process that printed it. */
    public record Line(long pid, String name, String text) {
    }

    private final List<Line> lines = new ArrayList<>();

    @Override
    public synchronized void printed(long pid, String name, String line) {
        lines.add(new Line(pid, name, line));
    }

    public synchronized List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The texts only. */
    public synchronized List<String> texts() {
        return lines.stream().map(Line::text).collect(Collectors.toList());
    }

    /** The lines whose text starts with {@code prefix}. */
    public synchronized List<Line> startingWith(String prefix) {
        return lines.stream().filter(l -> l.text().startsWith(prefix)).collect(Collectors.toList());
    }

    @Override
    public synchronized String toString() {
        return String.join("\n", texts());
    }
}
