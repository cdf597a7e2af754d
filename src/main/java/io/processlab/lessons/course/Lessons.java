package io.processlab.lessons.course;

import io.processlab.lessons.Lesson;
import io.processlab.lessons.cores.CoresLesson;
import io.processlab.lessons.deadlock.DeadlockLesson;
import io.processlab.lessons.isolation.IsolationLesson;
import io.processlab.lessons.sending.SendingLesson;
import io.processlab.lessons.spawn.SpawnLesson;
import io.processlab.lessons.threads.ThreadsLesson;
import io.processlab.lessons.event.EventLesson;
import io.processlab.lessons.pipe.PipeLesson;
import io.processlab.lessons.pool.PoolLesson;
import io.processlab.lessons.process.ProcessLesson;
import io.processlab.lessons.queue.QueueLesson;
import java.util.List;
import java.util.Optional;

/** Every lesson, in the order of the course. */
public final class Lessons {
    private static final List<Lesson> ALL = List.of(
            new ProcessLesson(), new PipeLesson(), new QueueLesson(), new EventLesson(), new PoolLesson(),
            new DeadlockLesson(),
            new IsolationLesson(), new SendingLesson(), new ThreadsLesson(), new CoresLesson(), new SpawnLesson());

    private Lessons() {
    }

    public static List<Lesson> all() {
        return ALL;
    }

    public static Optional<Lesson> byId(String id) {
        return ALL.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The ids, for messages: "process, pipe, queue, event, pool". */
    public static String ids() {
        return String.join(", ", ALL.stream().map(Lesson::id).toList());
    }
}
