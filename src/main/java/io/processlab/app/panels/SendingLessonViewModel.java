package io.processlab.app.panels;

import io.processlab.app.style.ProcessPalette;
import io.processlab.lessons.sending.SendingLesson;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.Printed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What can be sent: each value tried, what Python's pickle does with it (the lesson's
 * {@link SendingLesson#PYTHON}, checked against the Python twin), and what ProcessLab's JSON wire
 * did: the JSON that crossed, or why it was refused.
 */
public final class SendingLessonViewModel implements PanelModel {
    /**
     * One value the parent tried to send.
     *
     * @param name the sample's name (list, lambda...)
     * @param sent whether it crossed ProcessLab's pipe
     * @param json the JSON that crossed, or null
     * @param back what came back from the child, as Python prints it, or null
     * @param reason why ProcessLab refused it, or null
     * @param python what Python does with the same value, or null when the lesson does not say
     */
    public record Sample(String name, boolean sent, String json, String back, String reason,
            SendingLesson.PythonRule python) {
        public Sample(String name, boolean sent, String json, String back, String reason) {
            this(name, sent, json, back, reason, SendingLesson.PYTHON.get(name));
        }

        /** Whether both Python's pickle and ProcessLab's wire send this value: nothing to tell apart. */
        public boolean bothSend() {
            return sent && python != null && python.sends();
        }

        /** Whether ProcessLab's wire and Python's pickle disagree on this value. */
        public boolean differs() {
            return python != null && python.sends() != sent;
        }
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
