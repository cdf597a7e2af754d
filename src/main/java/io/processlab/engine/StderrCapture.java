package io.processlab.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Drains a child's stderr on a thread of its own, line by line, and keeps its first lines (why a
 * JVM could not start) and its last ones (what a process said before it died).
 */
final class StderrCapture {
    /** How many first lines are kept. */
    static final int HEAD = 5;
    /** How many last lines are kept. */
    static final int TAIL = 20;
    /** A longer line is cut in pieces of this many characters. */
    static final int MAX_LINE = 4000;

    private final List<String> head = new ArrayList<>(HEAD);
    private final ArrayDeque<String> tail = new ArrayDeque<>(TAIL);
    private final Consumer<String> onLine;
    private final Thread thread;

    StderrCapture(InputStream stderr, String threadName, Consumer<String> onLine) {
        this.onLine = onLine;
        this.thread = new Thread(() -> drain(stderr), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void drain(InputStream stderr) {
        try (Reader r = new InputStreamReader(stderr, StandardCharsets.UTF_8)) {
            char[] buf = new char[4096];
            StringBuilder line = new StringBuilder();
            int n;
            while ((n = r.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    char c = buf[i];
                    if (c == '\n' || line.length() >= MAX_LINE) {
                        line(line.toString());
                        line.setLength(0);
                    }
                    if (c != '\n' && c != '\r') {
                        line.append(c);
                    }
                }
            }
            if (line.length() > 0) {
                line(line.toString());
            }
        } catch (IOException gone) {
            // the process ended
        }
    }

    private void line(String s) {
        synchronized (this) {
            if (head.size() < HEAD) {
                head.add(s);
            }
            if (tail.size() == TAIL) {
                tail.poll();
            }
            tail.add(s);
        }
        onLine.accept(s);
    }

    /** Waits up to {@code millis} for the end of the stream. */
    void await(long millis) throws InterruptedException {
        thread.join(millis);
    }

    synchronized List<String> head() {
        return List.copyOf(head);
    }

    synchronized List<String> tail() {
        return List.copyOf(tail);
    }

    /** The last {@code n} lines. */
    synchronized List<String> last(int n) {
        List<String> all = new ArrayList<>(tail);
        return List.copyOf(all.subList(Math.max(0, all.size() - n), all.size()));
    }
}
