package io.processlab.study;

import io.processlab.python.PythonException;
import io.processlab.python.PythonRun;
import io.processlab.trace.Clock;
import io.processlab.trace.Trace;
import java.util.concurrent.TimeUnit;

/** Runs an unmodified Python program traced, once per {@link #run()}. */
public final class PythonRunner implements Runner {
    private final PythonRun.Options options;
    private volatile PythonRun current;
    private volatile boolean stopped;

    public PythonRunner(PythonRun.Options options) {
        this.options = options;
    }

    @Override
    public Ran run() throws InterruptedException {
        String program = String.valueOf(options.program().getFileName());
        if (stopped) {
            return new Ran("python", new com.google.gson.JsonObject(), null, new Trace(Clock.monotonic()),
                    new Failure(Failure.Why.STOPPED, program, ""));
        }
        PythonRun run;
        try {
            run = PythonRun.start(options);
        } catch (PythonException e) {
            return new Ran("python", new com.google.gson.JsonObject(), null, new Trace(Clock.monotonic()),
                    new Failure(Failure.Why.NO_START, e.subject(), e.problem().name()));
        }
        current = run;
        try {
            while (!run.await(200, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    break;
                }
            }
        } finally {
            run.close();
            current = null;
        }
        Integer code = run.exitCode();
        Failure failure = stopped ? new Failure(Failure.Why.STOPPED, program, "")
                : code == null || code != 0 ? new Failure(Failure.Why.EXIT_CODE, program, String.valueOf(code)) : null;
        return new Ran("python", run.settings(), run.header(), run.trace(), failure);
    }

    @Override
    public void stop() {
        stopped = true;
        PythonRun r = current;
        if (r != null) {
            r.close();
        }
    }
}
