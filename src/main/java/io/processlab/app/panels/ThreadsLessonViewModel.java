package io.processlab.app.panels;

import io.processlab.app.style.ProcessPalette;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.Printed;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Processes vs threads: how long N threads and N processes took to start and finish the same
 * job, and the memory of the parent (shared by its threads) against that of the children.
 */
public final class ThreadsLessonViewModel implements PanelModel {
    /**
     * What the demo measured; a value not measured (yet) is negative.
     *
     * @param count N, the number of threads and of processes
     * @param threadMs time for N threads
     * @param processMs time for N processes
     * @param parentMib the parent's memory, shared by its threads
     * @param childrenMib the children's memory, all together
     */
    public record Result(int count, double threadMs, double processMs, double parentMib, double childrenMib) {
        static final Result NONE = new Result(0, -1, -1, -1, -1);

        public boolean complete() {
            return threadMs >= 0 && processMs >= 0;
        }
    }

    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(Result.NONE);

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    @Override
    public void update(ObjectsModel m, ProcessPalette palette) {
        Map<String, Double> metrics = m.metrics();
        int count = 0;
        double parent = -1;
        for (Printed p : m.prints()) {
            var threads = p.args("threads.threads");
            if (threads.isPresent()) {
                count = Numbers.integer(threads.get().get(0), count);
            }
            var memory = p.args("threads.memory");
            if (memory.isPresent()) {
                parent = Numbers.decimal(memory.get().get(0), -1);
            }
        }
        result.set(new Result(count, metrics.getOrDefault("threads.start_ms", -1.0),
                metrics.getOrDefault("processes.start_ms", -1.0), parent,
                metrics.getOrDefault("processes.rss_mib", -1.0)));
    }

    @Override
    public void clear() {
        result.set(Result.NONE);
    }
}
