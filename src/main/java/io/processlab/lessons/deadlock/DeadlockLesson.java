package io.processlab.lessons.deadlock;

import io.processlab.api.Lock;
import io.processlab.api.ProcessContext;
import io.processlab.api.TargetCatalog;
import io.processlab.engine.ChildProcess;
import io.processlab.engine.MainContext;
import io.processlab.lessons.BaseLesson;
import io.processlab.lessons.SettingSpec;
import io.processlab.lessons.Settings;
import java.util.List;

/**
 * Two workers each need both locks A and B. Taken in opposite orders, each may hold one and wait
 * for the other forever: a deadlock. With a timeout a worker gives up and lets go; taken in the
 * same order, the deadlock cannot happen.
 */
public final class DeadlockLesson extends BaseLesson {
    public static final String ID = "deadlock";
    static final String WORKER = "deadlock.worker";

    /** The lesson's settings; timeout 0 waits forever (until Stop). */
    public record Config(boolean sameOrder, double pause, double timeout) {
        static final List<SettingSpec> SPECS = List.of(
                SettingSpec.bool("same_order", false),
                SettingSpec.decimal("pause", 0.5, 0, 10),
                SettingSpec.decimal("timeout", 5, 0, 60));

        static Config of(Settings s) {
            return new Config(s.getBool("same_order"), s.getDouble("pause"), s.getDouble("timeout"));
        }
    }

    public DeadlockLesson() {
        super(ID, Config.SPECS);
    }

    @Override
    public void targets(TargetCatalog.Registrar r) {
        r.target(WORKER, (self, args) -> work(self, (Lock) args.get(0), (String) args.get(1),
                (Lock) args.get(2), (String) args.get(3),
                ((Number) args.get(4)).doubleValue(), ((Number) args.get(5)).doubleValue()));
    }

    // snippet:worker
    static boolean work(ProcessContext self, Lock first, String firstName, Lock second, String secondName,
                        double pause, double timeout) {
        self.step("worker.first");
        first.acquire();
        try {
            self.say("deadlock.took", self.name(), firstName);
            self.sleep(pause);
            self.say("deadlock.wants", self.name(), secondName);
            self.step("worker.second");
            if (!second.acquire(true, timeout > 0 ? timeout : -1)) {
                self.say("deadlock.gave_up", self.name(), secondName);
                return false;
            }
            self.say("deadlock.got_both", self.name());
            second.release();
            return true;
        } finally {
            first.release();
        }
    }
    // end:worker

    @Override
    // snippet:main
    public void run(MainContext main, Settings settings) {
        Config cfg = Config.of(settings);
        Lock a = main.lock("A");
        Lock b = main.lock("B");
        ChildProcess one = main.process("worker-1", WORKER, a, "A", b, "B", cfg.pause(), cfg.timeout());
        ChildProcess two = cfg.sameOrder()
                ? main.process("worker-2", WORKER, a, "A", b, "B", cfg.pause(), cfg.timeout())
                : main.process("worker-2", WORKER, b, "B", a, "A", cfg.pause(), cfg.timeout());
        main.step("main.start");
        one.start();
        two.start();
        one.join();
        two.join();
    }
    // end:main
}
