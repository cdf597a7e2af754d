package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.processlab.api.Event;
import io.processlab.testing.Await;
import io.processlab.testing.Children;
import io.processlab.testing.Timing;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Clock;
import io.processlab.trace.Kinds;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** A slowed-down run stretches the broker's timeouts and the children's sleeps alike. */
@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SlowdownTest {
    @Test
    void timeoutsAndSleepsTakeSlowdownTimesLonger() {
        try (Run run = new Run(Locale.ENGLISH, 3.0, ChildLauncher.forThisJvm(), Clock.monotonic())) {
            Event ev = run.main().event("event");
            ChildProcess waiter = Children.start(run.main(), "waiter", "test.event_wait", ev, 0.25);
            ChildProcess sleeper = Children.start(run.main(), "sleeper", "test.sleep", 0.25);
            List<?> r = (List<?>) Children.result(waiter);
            assertEquals(false, r.get(0));
            Timing.tookAtLeast(((Number) r.get(1)).longValue(), 700, "a 0.25 s wait at slowdown 3");
            Children.result(sleeper);
            Timing.brokerWaitedAtLeast(run.trace(), sleeper.pid(), Kinds.SLEEP, Kinds.WAKE, 700);
            assertEquals("0.25 s", Await.event(run.trace(), sleeper.pid(), Kinds.SLEEP).detail(), "the trace shows lesson time");
        }
    }
}
