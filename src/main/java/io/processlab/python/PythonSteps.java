package io.processlab.python;

import io.processlab.trace.StepBook;
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Step mode on a Python run. The switch is one byte, {@code gate} in the run's private folder,
 * that every traced process maps and reads before each operation on a traced object (no system
 * call while it is off). While it is on, the process says {@code held} on its connection and
 * blocks until the app answers "go" on that connection; the held operation waits in the
 * {@link StepBook} the window shows, which lets it go when the user chooses it. A run started
 * in step mode holds from its first operation, before the window has its book: those wait here.
 */
final class PythonSteps {
    /** What a held process reads to go on. */
    static final String GO = "{\"go\":1}";

    private record Early(long pid, String name, String object, String op) {
    }

    private final FileChannel file;
    private final MappedByteBuffer gate;
    private final LongPredicate answer;
    private final List<Early> early = new ArrayList<>();
    private StepBook book;
    private boolean awaitingBook;

    /**
     * @param dir the run's private folder
     * @param answer writes {@link #GO} to a process's connection; false when it has none
     * @param fromStart whether the run holds from its first operation
     */
    PythonSteps(Path dir, LongPredicate answer, boolean fromStart) throws IOException {
        this.answer = answer;
        this.file = FileChannel.open(dir.resolve("gate"), StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        this.gate = file.map(FileChannel.MapMode.READ_WRITE, 0, 1);
        this.awaitingBook = fromStart;
        switchTo(fromStart);
    }

    private void switchTo(boolean on) {
        gate.put(0, (byte) (on ? 1 : 0));
    }

    /**
     * From now on, every operation waits in {@code book} until it lets the operation go; null:
     * none waits any more (what {@code book} still holds goes when it is released).
     */
    void holdIn(StepBook b) {
        List<Early> waiting;
        synchronized (this) {
            book = b;
            awaitingBook = false;
            switchTo(b != null && b.isHolding());
            waiting = new ArrayList<>(early);
            early.clear();
        }
        if (b != null) {
            b.addListener(() -> {
                synchronized (this) {
                    if (book == b && !b.isHolding()) {
                        switchTo(false);
                    }
                }
            });
        }
        for (Early e : waiting) {
            held(e.pid(), e.name(), e.object(), e.op());
        }
    }

    /** The process {@code pid} waits before {@code op} on {@code object} (the run's clock is stamped). */
    void held(long pid, String name, String object, String op) {
        StepBook b;
        synchronized (this) {
            b = book;
            if (b == null && awaitingBook) {
                early.add(new Early(pid, name, object, op));
                return;
            }
        }
        if (b == null || !b.hold(pid, name, object, op, () -> answer.test(pid))) {
            answer.test(pid);
        }
    }

    /** The run ended: nothing holds any more. */
    void close() {
        synchronized (this) {
            awaitingBook = false;
            early.clear();
            switchTo(false);
        }
        try {
            file.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
