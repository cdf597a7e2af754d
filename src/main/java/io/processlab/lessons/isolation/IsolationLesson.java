package io.processlab.lessons.isolation;

import io.processlab.api.ProcessContext;
import io.processlab.api.Queue;
import io.processlab.api.TargetCatalog;
import io.processlab.engine.ChildProcess;
import io.processlab.engine.MainContext;
import io.processlab.lessons.BaseLesson;
import io.processlab.lessons.SettingSpec;
import io.processlab.lessons.Settings;
import io.processlab.wire.PyRepr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parent hands a counter and a list to a child; the child changes its copies, and even a
 * static field of its own class; the parent's stay as they were. Only what the child sends back
 * on a queue reaches the parent.
 */
public final class IsolationLesson extends BaseLesson {
    public static final String ID = "isolation";
    static final String CHANGE = "isolation.change";

    /** A "global variable": every JVM has its own copy of a static field. */
    static int global;

    /**
     * What the Python twin's child prints as its global, by start method (checked by a test that
     * runs {@code resources/python/lesson_isolation.py} under python3): fork copies the parent, so
     * the child sees the parent's 42; spawn starts a new interpreter that imports the file, and
     * the child sees the file's 0, as a ProcessLab child (a new JVM) sees its class's 0.
     */
    public static final Map<String, Integer> PYTHON_CHILD_GLOBAL = Map.of("fork", 42, "spawn", 0);

    /** The lesson's settings. */
    public record Config(int increments) {
        static final List<SettingSpec> SPECS = List.of(SettingSpec.integer("increments", 3, 1, 1000));

        static Config of(Settings s) {
            return new Config(s.getInt("increments"));
        }
    }

    public IsolationLesson() {
        super(ID, Config.SPECS);
    }

    @Override
    public void targets(TargetCatalog.Registrar r) {
        r.target(CHANGE, (self, args) -> {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) args.get(1);
            return change(self, ((Number) args.get(0)).longValue(), list, ((Number) args.get(2)).intValue(),
                    (Queue) args.get(3));
        });
    }

    // snippet:change
    static Map<String, Object> change(ProcessContext self, long counter, List<Object> list, int times, Queue back) {
        self.say("isolation.child_got", counter, PyRepr.repr(list), global);
        for (int i = 0; i < times; i++) {
            counter++;
            list.add(list.size() + 1L);
        }
        global = 99;
        self.step("change.changed");
        self.say("isolation.child_now", counter, PyRepr.repr(list), global);
        Map<String, Object> mine = new LinkedHashMap<>();
        mine.put("counter", counter);
        mine.put("list", list);
        back.put(mine);
        return mine;
    }
    // end:change

    @Override
    // snippet:main
    public void run(MainContext main, Settings settings) {
        Config cfg = Config.of(settings);
        long counter = 0;
        List<Object> list = new ArrayList<>(List.of(1L, 2L, 3L));
        global = 42;
        Queue back = main.queue("back");
        main.say("isolation.parent_before", counter, PyRepr.repr(list), global);

        ChildProcess child = main.process("child", CHANGE, counter, list, cfg.increments(), back);
        child.start();
        main.step("main.join");
        child.join();

        main.say("isolation.parent_after", counter, PyRepr.repr(list), global);
        main.say("isolation.sent_back", PyRepr.repr(back.get()));
    }
    // end:main
}
