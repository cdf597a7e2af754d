package io.processlab.app.panels;

import io.processlab.app.style.ProcessPalette;
import io.processlab.view.objects.ObjectsModel;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Processes vs threads: how long N threads and N processes took to start and finish the same
 * job, and the memory that N threads add to the parent against the memory that N processes add;
 * all from the run's {@code metric} events.
 */
public final class ThreadsLessonViewModel implements PanelModel {
    /**
     * What the demo measured; a value not measured (yet) is negative.
     *
     * @param count N, the number of threads and of processes
     * @param threadMs time for N threads
     * @param processMs time for N processes
     * @param threadsMib the memory that N threads added to the parent
     * @param childrenMib the children's memory, all together: what N processes add
     */
    public record Result(int count, double threadMs, double processMs, double threadsMib, double childrenMib) {
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
        result.set(new Result(metrics.getOrDefault("threads.count", 0.0).intValue(),
                metrics.getOrDefault("threads.start_ms", -1.0), metrics.getOrDefault("processes.start_ms", -1.0),
                metrics.getOrDefault("threads.added_mib", -1.0), metrics.getOrDefault("processes.rss_mib", -1.0)));
    }

    @Override
    public void clear() {
        result.set(Result.NONE);
    }
}
