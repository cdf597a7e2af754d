package io.processlab.app.panels;

import io.processlab.app.style.ProcessPalette;
import io.processlab.view.objects.EventState;
import io.processlab.view.objects.ObjectsModel;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Event: the flag, who set it, who waits, who was woken by it, who gave up on a timeout. */
public final class EventLessonViewModel implements PanelModel {
    private final ReadOnlyStringWrapper eventName = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper flag = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ProcChip> setBy = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ProcChip> waiting = FXCollections.observableArrayList();
    private final ObservableList<ProcChip> waitingView = FXCollections.unmodifiableObservableList(waiting);
    private final ObservableList<ProcChip> woken = FXCollections.observableArrayList();
    private final ObservableList<ProcChip> wokenView = FXCollections.unmodifiableObservableList(woken);
    private final ObservableList<ProcChip> timedOut = FXCollections.observableArrayList();
    private final ObservableList<ProcChip> timedOutView = FXCollections.unmodifiableObservableList(timedOut);

    public ReadOnlyStringProperty eventNameProperty() {
        return eventName.getReadOnlyProperty();
    }

    /** Set (true) or unset. */
    public ReadOnlyBooleanProperty flagProperty() {
        return flag.getReadOnlyProperty();
    }

    /** Who set the flag, or null. */
    public ReadOnlyObjectProperty<ProcChip> setByProperty() {
        return setBy.getReadOnlyProperty();
    }

    public ObservableList<ProcChip> waiting() {
        return waitingView;
    }

    public ObservableList<ProcChip> woken() {
        return wokenView;
    }

    public ObservableList<ProcChip> timedOut() {
        return timedOutView;
    }

    @Override
    public void update(ObjectsModel m, ProcessPalette palette) {
        EventState e = m.events().stream().findFirst().orElse(null);
        eventName.set(e == null ? "" : e.id());
        flag.set(e != null && e.flag());
        setBy.set(e == null ? null : ProcChip.of(e.setBy(), palette));
        Lists.replace(waiting, e == null ? List.of() : ProcessLessonViewModel.chips(e.waiters(), palette));
        Lists.replace(woken, e == null ? List.of() : ProcessLessonViewModel.chips(e.woken(), palette));
        Lists.replace(timedOut, e == null ? List.of() : ProcessLessonViewModel.chips(e.timedOut(), palette));
    }

    @Override
    public void clear() {
        eventName.set("");
        flag.set(false);
        setBy.set(null);
        waiting.clear();
        woken.clear();
        timedOut.clear();
    }
}
