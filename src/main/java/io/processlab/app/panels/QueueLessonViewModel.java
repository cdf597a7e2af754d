package io.processlab.app.panels;

import io.processlab.app.style.ProcessPalette;
import io.processlab.view.objects.Card;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.ProcState;
import io.processlab.view.objects.QueueState;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Queue: the task queue's cards (poison pills included), each consumer with the task it holds,
 * the unfinished count and who waits in join, and the result queue's cards.
 */
public final class QueueLessonViewModel implements PanelModel {
    /**
     * A consumer process.
     *
     * @param chip the process
     * @param holding the task it holds (got, not yet done), or null
     * @param done how many tasks it finished
     * @param state a key under {@code state.}
     */
    public record Consumer(ProcChip chip, CardRow holding, int done, String state) {
    }

    private final ReadOnlyStringWrapper tasksName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultsName = new ReadOnlyStringWrapper("");
    private final ObservableList<CardRow> tasks = FXCollections.observableArrayList();
    private final ObservableList<CardRow> tasksView = FXCollections.unmodifiableObservableList(tasks);
    private final ObservableList<CardRow> results = FXCollections.observableArrayList();
    private final ObservableList<CardRow> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ObservableList<CardGroup> taskGroups = FXCollections.observableArrayList();
    private final ObservableList<CardGroup> taskGroupsView = FXCollections.unmodifiableObservableList(taskGroups);
    private final ObservableList<CardGroup> resultGroups = FXCollections.observableArrayList();
    private final ObservableList<CardGroup> resultGroupsView = FXCollections.unmodifiableObservableList(resultGroups);
    private final ObservableList<Consumer> consumers = FXCollections.observableArrayList();
    private final ObservableList<Consumer> consumersView = FXCollections.unmodifiableObservableList(consumers);
    private final ObservableList<ProcChip> joiners = FXCollections.observableArrayList();
    private final ObservableList<ProcChip> joinersView = FXCollections.unmodifiableObservableList(joiners);
    private final ReadOnlyIntegerWrapper unfinished = new ReadOnlyIntegerWrapper();

    public ReadOnlyStringProperty tasksNameProperty() {
        return tasksName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultsNameProperty() {
        return resultsName.getReadOnlyProperty();
    }

    /** The task queue's cards, next out first. */
    public ObservableList<CardRow> tasks() {
        return tasksView;
    }

    /** The result queue's cards, next out first. */
    public ObservableList<CardRow> results() {
        return resultsView;
    }

    /** The task queue's cards as drawn: next out first, each run of identical poison pills as one group. */
    public ObservableList<CardGroup> taskGroups() {
        return taskGroupsView;
    }

    /** The result queue's cards as drawn (see {@link #taskGroups()}). */
    public ObservableList<CardGroup> resultGroups() {
        return resultGroupsView;
    }

    /** Each consumer, in order of start. */
    public ObservableList<Consumer> consumers() {
        return consumersView;
    }

    /** Who is blocked in the task queue's join. */
    public ObservableList<ProcChip> joiners() {
        return joinersView;
    }

    /** Tasks put and not yet marked done. */
    public ReadOnlyIntegerProperty unfinishedProperty() {
        return unfinished.getReadOnlyProperty();
    }

    @Override
    public void update(ObjectsModel m, ProcessPalette palette) {
        QueueState t = m.queues().stream().filter(QueueState::joinable).findFirst().orElse(null);
        QueueState r = m.queues().stream().filter(q -> !q.joinable()).findFirst().orElse(null);
        tasksName.set(t == null ? "" : t.id());
        resultsName.set(r == null ? "" : r.id());
        Lists.replace(tasks, t == null ? List.of() : PipeLessonViewModel.cards(t.items(), palette));
        Lists.replace(results, r == null ? List.of() : PipeLessonViewModel.cards(r.items(), palette));
        Lists.replace(taskGroups, CardGroup.of(tasks));
        Lists.replace(resultGroups, CardGroup.of(results));
        unfinished.set(t == null ? 0 : t.unfinished());
        Lists.replace(joiners, t == null ? List.of() : ProcessLessonViewModel.chips(t.joiners(), palette));
        List<Consumer> cs = new ArrayList<>();
        for (ProcState p : m.processes()) {
            if (p.target() == null) {
                continue;
            }
            Card held = t == null ? null : t.heldBy(p.pid());
            cs.add(new Consumer(ProcChip.of(p.proc(), palette), held == null ? null : CardRow.of(held, palette),
                    t == null ? 0 : t.doneBy(p.pid()), States.of(p)));
        }
        Lists.replace(consumers, cs);
    }

    @Override
    public void clear() {
        tasksName.set("");
        resultsName.set("");
        tasks.clear();
        results.clear();
        taskGroups.clear();
        resultGroups.clear();
        consumers.clear();
        joiners.clear();
        unfinished.set(0);
    }
}
