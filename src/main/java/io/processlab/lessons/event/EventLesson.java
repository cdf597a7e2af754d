package io.processlab.lessons.event;

import io.processlab.api.Event;
import io.processlab.api.ProcessContext;
import io.processlab.api.TargetCatalog;
import io.processlab.engine.ChildProcess;
import io.processlab.engine.MainContext;
import io.processlab.lessons.BaseLesson;
import io.processlab.lessons.SettingSpec;
import io.processlab.lessons.Settings;
import io.processlab.wire.PyRepr;
import java.util.List;

/**
 * Two children wait for the same event: "block" without a limit, "not-block" with a timeout.
 * The parent sets the event after a delay; the timed waiter gives up first when its timeout is
 * shorter than the delay.
 */
public final class EventLesson extends BaseLesson {
    public static final String ID = "event";
    static final String WAIT = "event.wait";
    static final String WAIT_TIMEOUT = "event.wait_timeout";

    /** The lesson's settings. */
    public record Config(double timeout, double delay) {
        static final List<SettingSpec> SPECS = List.of(
                SettingSpec.decimal("timeout", 2, 0, 60),
                SettingSpec.decimal("delay", 3, 0, 60));

        static Config of(Settings s) {
            return new Config(s.getDouble("timeout"), s.getDouble("delay"));
        }
    }

    public EventLesson() {
        super(ID, Config.SPECS);
    }

    @Override
    public void targets(TargetCatalog.Registrar r) {
        r.target(WAIT, (self, args) -> waitForEvent(self, (Event) args.get(0)));
        r.target(WAIT_TIMEOUT, (self, args) -> waitWithTimeout(self, (Event) args.get(0),
                ((Number) args.get(1)).doubleValue()));
    }

    // snippet:wait
    static boolean waitForEvent(ProcessContext self, Event event) {
        self.say("event.wait_started");
        self.step("wait.wait");
        event.waitFor();
        boolean set = event.isSet();
        self.say("event.wait_done", PyRepr.repr(set));
        return set;
    }
    // end:wait

    // snippet:wait_timeout
    static boolean waitWithTimeout(ProcessContext self, Event event, double timeout) {
        self.say("event.timeout_started");
        self.step("wait_timeout.wait");
        event.waitFor(timeout);
        boolean set = event.isSet();
        self.say("event.timeout_done", PyRepr.repr(set));
        return set;
    }
    // end:wait_timeout

    @Override
    // snippet:main
    public void run(MainContext main, Settings settings) {
        Config cfg = Config.of(settings);
        Event event = main.event("event");
        ChildProcess blocking = main.process("block", WAIT, event);
        blocking.start();
        ChildProcess timed = main.process("not-block", WAIT_TIMEOUT, event, cfg.timeout());
        timed.start();

        main.say("event.main_waiting");
        main.step("main.sleep");
        main.sleep(cfg.delay());
        event.set();
        main.say("event.main_set");
        blocking.join();
        timed.join();
    }
    // end:main
}
