package io.processlab.lessons.process;

import io.processlab.api.Lock;
import io.processlab.api.ProcessContext;
import io.processlab.api.TargetCatalog;
import io.processlab.engine.ChildProcess;
import io.processlab.engine.MainContext;
import io.processlab.lessons.BaseLesson;
import io.processlab.lessons.SettingSpec;
import io.processlab.lessons.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * The parent says who it is, starts one child and waits for it, then starts more children at
 * once; everyone prints its name and PID while holding the same lock.
 */
public final class ProcessLesson extends BaseLesson {
    public static final String ID = "process";
    static final String WHO_AM_I = "process.who_am_i";

    /** The lesson's settings. */
    public record Config(int children, boolean useLock) {
        static final List<SettingSpec> SPECS = List.of(
                SettingSpec.integer("children", 5, 0, 64),
                SettingSpec.bool("lock", true));

        static Config of(Settings s) {
            return new Config(s.getInt("children"), s.getBool("lock"));
        }
    }

    public ProcessLesson() {
        super(ID, Config.SPECS);
    }

    @Override
    public void targets(TargetCatalog.Registrar r) {
        r.target(WHO_AM_I, (self, args) -> {
            whoAmI(self, (String) args.get(0), (Lock) args.get(1), (Boolean) args.get(2));
            return null;
        });
    }

    // snippet:who_am_i
    static void whoAmI(ProcessContext self, String label, Lock lock, boolean useLock) {
        self.step("who_am_i.acquire");
        if (useLock) {
            try (Lock.Held held = lock.hold()) {
                self.step("who_am_i.print");
                self.say("process.line", label, self.name(), self.pid());
            }
        } else {
            self.say("process.line", label, self.name(), self.pid());
        }
    }
    // end:who_am_i

    @Override
    // snippet:main
    public void run(MainContext main, Settings settings) {
        Config cfg = Config.of(settings);
        Lock lock = main.lock("lock");
        whoAmI(main, main.text("process.call"), lock, cfg.useLock());

        ChildProcess first = main.process("Process-1", WHO_AM_I, main.text("process.first"), lock, cfg.useLock());
        first.start();
        first.join();

        List<ChildProcess> others = new ArrayList<>();
        for (int i = 0; i < cfg.children(); i++) {
            ChildProcess p = main.process("Process-" + (i + 2), WHO_AM_I,
                    main.text("process.running", i), lock, cfg.useLock());
            p.start();
            others.add(p);
        }
        main.step("main.exit");
        if (cfg.useLock()) {
            try (Lock.Held held = lock.hold()) {
                main.say("process.exit");
            }
        } else {
            main.say("process.exit");
        }
        others.forEach(ChildProcess::join);
    }
    // end:main
}
