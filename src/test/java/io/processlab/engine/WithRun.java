package io.processlab.engine;

import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Trace;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fresh run for each test, closed after it, with the no-children-left check and a timeout
 * (a blocking call that never returns fails the test instead of stalling the build).
 */
@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
abstract class WithRun {
    protected Run run;
    protected MainContext main;
    protected Trace trace;

    @BeforeEach
    void openRun() {
        run = new Run(Locale.ENGLISH);
        main = run.main();
        trace = run.trace();
    }

    @AfterEach
    void closeRun() {
        run.close();
    }
}
