package io.processlab.lessons.queue;

import io.processlab.api.JoinableQueue;
import io.processlab.api.ProcessContext;
import io.processlab.api.Queue;
import io.processlab.api.TargetCatalog;
import io.processlab.engine.ChildProcess;
import io.processlab.engine.MainContext;
import io.processlab.lessons.BaseLesson;
import io.processlab.lessons.SettingSpec;
import io.processlab.lessons.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * The parent fills a JoinableQueue with tasks and one "poison pill" (None) per consumer; each
 * consumer process takes tasks until it gets its pill, works on each, marks it done and puts the
 * answer on the result queue. The parent waits with join, then reads the results.
 */
public final class QueueLesson extends BaseLesson {
    public static final String ID = "queue";
    static final String CONSUMER = "queue.consumer";

    /** The lesson's settings. */
    public record Config(int consumers, int tasks, double taskSeconds) {
        static final List<SettingSpec> SPECS = List.of(
                SettingSpec.integer("consumers", 5, 1, 64),
                SettingSpec.integer("tasks", 5, 0, 1000),
                SettingSpec.decimal("task_seconds", 0.1, 0, 10));

        static Config of(Settings s) {
            return new Config(s.getInt("consumers"), s.getInt("tasks"), s.getDouble("task_seconds"));
        }
    }

    public QueueLesson() {
        super(ID, Config.SPECS);
    }

    @Override
    public void targets(TargetCatalog.Registrar r) {
        r.target(CONSUMER, (self, args) -> consume(self, (JoinableQueue) args.get(0), (Queue) args.get(1),
                ((Number) args.get(2)).doubleValue()));
    }

    /**
     * A task: the two numbers to multiply, as the Python twin's tuple {@code (i, i)}; JSON has no
     * tuple, so it crosses as the two-item list {@code [i, i]} (the panel says so beside the cards).
     */
    static List<Object> task(int a, int b) {
        return List.of(a, b);
    }

    // snippet:consumer
    static int consume(ProcessContext self, JoinableQueue tasks, Queue results, double seconds) {
        int done = 0;
        while (true) {
            self.step("consumer.get");
            Object next = tasks.get();
            if (next == null) {
                self.say("queue.leaving", self.name());
                tasks.taskDone();
                return done;
            }
            List<?> t = (List<?>) next; // a, b = task
            long a = ((Number) t.get(0)).longValue();
            long b = ((Number) t.get(1)).longValue();
            self.say("queue.working", self.name(), a + " * " + b);
            self.step("consumer.work");
            self.sleep(seconds);
            String answer = a + " * " + b + " = " + (a * b);
            tasks.taskDone();
            results.put(answer);
            done++;
        }
    }
    // end:consumer

    @Override
    // snippet:main
    public void run(MainContext main, Settings settings) {
        Config cfg = Config.of(settings);
        JoinableQueue tasks = main.joinableQueue("tasks");
        Queue results = main.queue("results");
        main.say("queue.creating", cfg.consumers());

        List<ChildProcess> consumers = new ArrayList<>();
        for (int i = 1; i <= cfg.consumers(); i++) {
            consumers.add(main.process("Consumer-" + i, CONSUMER, tasks, results, cfg.taskSeconds()));
        }
        consumers.forEach(ChildProcess::start);

        main.step("main.put");
        for (int i = 0; i < cfg.tasks(); i++) {
            tasks.put(task(i, i));
        }
        for (int i = 0; i < cfg.consumers(); i++) {
            tasks.put(null);
        }
        main.step("main.join");
        tasks.join();

        main.step("main.results");
        for (int left = cfg.tasks(); left > 0; left--) {
            main.say("queue.result", results.get());
        }
        consumers.forEach(ChildProcess::join);
    }
    // end:main
}
