package io.processlab.app.panels;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import io.processlab.app.style.ProcessPalette;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.Printed;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** How a child is born: the command the system ran, the spawn message, and what parent and child know. */
public final class SpawnLessonViewModel implements PanelModel {
    /**
     * What the demo showed; a part not seen yet is null.
     *
     * @param command the command line the operating system ran
     * @param message the spawn message as it crossed the pipe, laid out for reading
     * @param parentPid the parent's PID
     * @param parentMarker the parent's static marker (42)
     * @param childPid the child's PID
     * @param childParentPid the child's parent, as the system tells the child
     * @param childAgeMs how long the child's JVM had been running when it looked
     * @param childMarker the child's static marker (0: a new program)
     * @param greeting the argument the child got
     */
    public record Birth(String command, String message, String parentPid, String parentMarker, String childPid,
                        String childParentPid, String childAgeMs, String childMarker, String greeting) {
        static final Birth NONE = new Birth(null, null, null, null, null, null, null, null, null);
    }

    private final ReadOnlyObjectWrapper<Birth> birth = new ReadOnlyObjectWrapper<>(Birth.NONE);

    public ReadOnlyObjectProperty<Birth> birthProperty() {
        return birth.getReadOnlyProperty();
    }

    @Override
    public void update(ObjectsModel m, ProcessPalette palette) {
        Birth b = Birth.NONE;
        for (Printed p : m.prints()) {
            String t = p.text();
            Optional<List<String>> a;
            if ((a = p.args("spawn.command")).isPresent()) {
                b = new Birth(a.get().get(0), b.message(), b.parentPid(), b.parentMarker(), b.childPid(),
                        b.childParentPid(), b.childAgeMs(), b.childMarker(), b.greeting());
            } else if ((a = p.args("spawn.message")).isPresent()) {
                b = new Birth(b.command(), pretty(a.get().get(0)), b.parentPid(), b.parentMarker(), b.childPid(),
                        b.childParentPid(), b.childAgeMs(), b.childMarker(), b.greeting());
            } else if ((a = p.args("spawn.parent_me")).isPresent()) {
                b = new Birth(b.command(), b.message(), a.get().get(0), a.get().get(1), b.childPid(),
                        b.childParentPid(), b.childAgeMs(), b.childMarker(), b.greeting());
            } else if ((a = p.args("spawn.child_me")).isPresent()) {
                b = new Birth(b.command(), b.message(), b.parentPid(), b.parentMarker(), a.get().get(0),
                        a.get().get(1), a.get().get(2), b.childMarker(), b.greeting());
            } else if ((a = p.args("spawn.child_args")).isPresent()) {
                b = new Birth(b.command(), b.message(), b.parentPid(), b.parentMarker(), b.childPid(),
                        b.childParentPid(), b.childAgeMs(), a.get().get(1), a.get().get(0));
            }
        }
        birth.set(b);
    }

    /** JSON laid out with one key per line; anything else as it came. */
    static String pretty(String json) {
        try {
            return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                    .toJson(JsonParser.parseString(json));
        } catch (RuntimeException e) {
            return json;
        }
    }

    @Override
    public void clear() {
        birth.set(Birth.NONE);
    }
}
