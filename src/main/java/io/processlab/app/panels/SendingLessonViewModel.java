package io.processlab.app.panels;

import io.processlab.app.style.ProcessPalette;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.Printed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What can be sent: each value tried, and either the JSON that crossed the pipe or why it was refused. */
public final class SendingLessonViewModel implements PanelModel {
    /**
     * One value the parent tried to send.
     *
     * @param name the sample's name (list, lambda...)
     * @param sent whether it crossed the pipe
     * @param json the JSON that crossed, or null
     * @param back what came back from the child, as Python prints it, or null
     * @param reason why it was refused, or null
     */
    public record Sample(String name, boolean sent, String json, String back, String reason) {
    }

    private final ObservableList<Sample> samples = FXCollections.observableArrayList();
    private final ObservableList<Sample> samplesView = FXCollections.unmodifiableObservableList(samples);

    /** The values tried so far, in order. */
    public ObservableList<Sample> samples() {
        return samplesView;
    }

    @Override
    public void update(ObjectsModel m, ProcessPalette palette) {
        List<Sample> out = new ArrayList<>();
        for (Printed p : m.prints()) {
            Optional<List<String>> ok = p.args("sending.ok");
            if (ok.isPresent()) {
                out.add(new Sample(ok.get().get(0), true, ok.get().get(1), ok.get().get(2), null));
                continue;
            }
            p.args("sending.refused")
                    .ifPresent(a -> out.add(new Sample(a.get(0), false, null, null, a.get(1))));
        }
        Lists.replace(samples, out);
    }

    @Override
    public void clear() {
        samples.clear();
    }
}
