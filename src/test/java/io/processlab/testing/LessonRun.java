package io.processlab.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.processlab.api.Texts;
import io.processlab.engine.ChildProcess;
import io.processlab.engine.Run;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.Settings;
import io.processlab.trace.Trace;
import java.util.List;

/**
 * One lesson run the way the command line runs it: its parent script on this JVM, its children
 * as real processes, every printed line kept. Checks that every child ended with code 0.
 */
public final class LessonRun implements AutoCloseable {
    private final Run run;
    private final PrintedLines printed = new PrintedLines();

    private LessonRun(Run run) {
        this.run = run;
        run.addListener(printed);
    }

    /** Runs {@code lesson} in {@code lang} ("pt" or "en") with {@code sets} ("KEY=VALUE") over its defaults. */
    public static LessonRun of(Lesson lesson, String lang, String... sets) throws Exception {
        Settings settings = Settings.parsePairs(lesson.settings(), List.of(sets));
        LessonRun r = new LessonRun(new Run(Texts.locale(lang)));
        try {
            lesson.run(r.run.main(), settings);
            assertTrue(r.run.awaitChildren(Children.DEADLINE_S), "every child ended");
            for (ChildProcess c : r.run.children()) {
                assertEquals(0, c.exitCode(), () -> c.name() + " failed: " + c.failure() + " " + c.stderrTail());
            }
        } catch (Exception | Error e) {
            r.close();
            throw e;
        }
        return r;
    }

    public Run run() {
        return run;
    }

    public Trace trace() {
        return run.trace();
    }

    public long parentPid() {
        return run.parentPid();
    }

    public PrintedLines printed() {
        return printed;
    }

    public List<String> texts() {
        return printed.texts();
    }

    public List<ChildProcess> children() {
        return run.children();
    }

    /** The child of that name. */
    public ChildProcess child(String name) {
        return run.children().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseGet(() -> fail("no child named " + name + " in " + run.children().stream().map(ChildProcess::name).toList()));
    }

    @Override
    public void close() {
        run.close();
    }
}
