package io.processlab.study;

import io.processlab.engine.ChildProcess;
import io.processlab.engine.Run;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.Settings;
import io.processlab.trace.ProcessInfo;
import java.util.Locale;

/** Runs a lesson on real child processes, once per {@link #run()}, as the command line's {@code run} does. */
public final class LessonRunner implements Runner {
    private final Lesson lesson;
    private final Settings settings;
    private final Locale locale;
    private final double slowdown;
    private volatile Run current;
    private volatile boolean stopped;

    /**
     * @param locale the language the processes print in
     * @param slowdown how much slower every sleep and timeout goes (1: as written)
     */
    public LessonRunner(Lesson lesson, Settings settings, Locale locale, double slowdown) {
        this.lesson = lesson;
        this.settings = settings;
        this.locale = locale;
        this.slowdown = slowdown;
    }

    @Override
    public Ran run() {
        Run run = new Run(locale);
        run.slowdown(slowdown);
        current = run;
        Failure failure = null;
        try {
            if (stopped) {
                return new Ran(lesson.id(), settings.toJson(), null, run.trace(), new Failure(Failure.Why.STOPPED, "", ""));
            }
            lesson.run(run.main(), settings);
            if (!run.awaitChildren(10)) {
                failure = new Failure(Failure.Why.NOT_ENDED, "", "");
            }
        } catch (Exception e) {
            failure = new Failure(Failure.Why.SCRIPT, "", e.getMessage());
        } finally {
            run.close();
            current = null;
        }
        if (stopped) {
            failure = new Failure(Failure.Why.STOPPED, "", "");
        } else if (failure == null) {
            failure = failedChild(run);
        }
        return new Ran(lesson.id(), settings.toJson(), null, run.trace(), failure);
    }

    /** The first child that failed, a pool's replaced worker excepted (the pool ran its work again). */
    private static Failure failedChild(Run run) {
        for (ChildProcess c : run.children()) {
            Integer code = c.exitCode();
            if ((code == null || code != 0) && !poolWorker(run, c.pid())) {
                return new Failure(Failure.Why.CHILD, c.name() + " (" + c.pid() + ")",
                        c.failure() != null ? c.failure() : String.valueOf(code));
            }
        }
        return null;
    }

    private static boolean poolWorker(Run run, long pid) {
        for (ProcessInfo p : run.trace().processes()) {
            if (p.pid() == pid) {
                return "pool-worker".equals(p.role());
            }
        }
        return false;
    }

    @Override
    public void stop() {
        stopped = true;
        Run r = current;
        if (r != null) {
            r.close();
        }
    }
}
