package io.processlab.app.panels;

import io.processlab.app.fx.MonoRows;
import io.processlab.app.i18n.I18n;
import io.processlab.lessons.Lesson;
import io.processlab.view.Units;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The live panel of Spawn: the command, the spawn message, parent and child side by side, fork vs spawn. */
public final class SpawnLessonView extends LessonPanel<SpawnLessonViewModel, VBox> {
    public SpawnLessonView(Lesson lesson, I18n i18n) {
        super(lesson, i18n, new SpawnLessonViewModel(), new VBox(12));
        build();
    }

    @Override
    protected void build() {
        Label command = code("spawn-command");
        Label message = code("spawn-message");
        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(6);
        facts.setId("spawn-facts");
        Runnable draw = () -> {
            SpawnLessonViewModel.Birth b = model.birthProperty().get();
            MonoRows.show(command, or(b.command()));
            MonoRows.show(message, or(b.message()));
            facts.getChildren().clear();
            facts.addRow(0, new Label(), Chips.heading(i18n.get("spawn.parent")), Chips.heading(i18n.get("spawn.child")));
            facts.addRow(1, name("spawn.pid"), value(b.parentPid()), value(b.childPid()));
            facts.addRow(2, name("spawn.marker"), value(b.parentMarker()), value(b.childMarker()));
            facts.addRow(3, name("spawn.its_parent"), value(null), value(b.childParentPid()));
            facts.addRow(4, name("spawn.age"), value(null),
                    value(b.childAgeMs() == null ? null : Units.of(b.childAgeMs(), i18n.get("unit.ms"))));
        };
        watch.value(model.birthProperty(), draw);
        draw.run();

        VBox commandBox = Chips.box(i18n.get("spawn.command_title"), command);
        // the wire's key "tempo" read in Portuguese as "time": say what it is (the key is the protocol's)
        Label tempoNote = Chips.muted(i18n.get("spawn.tempo_note"));
        tempoNote.setId("spawn-tempo-note");
        VBox messageBox = Chips.box(i18n.get("spawn.message_title"), message, tempoNote);
        VBox factsBox = Chips.box(i18n.get("spawn.facts_title"), facts);
        HBox.setHgrow(messageBox, Priority.ALWAYS);
        factsBox.setMinWidth(Region.USE_PREF_SIZE); // its names and headings whole; the message wraps
        HBox middle = new HBox(12, messageBox, factsBox);

        GridPane compare = new GridPane();
        compare.setHgap(16);
        compare.setVgap(6);
        compare.addRow(0, new Label(), Chips.heading(i18n.get("spawn.spawn")), Chips.heading(i18n.get("spawn.fork")));
        String[] rows = {"how", "memory", "speed", "send", "where"};
        for (int i = 0; i < rows.length; i++) {
            Label a = Chips.muted(i18n.get("spawn.vs." + rows[i] + ".spawn"));
            Label b = Chips.muted(i18n.get("spawn.vs." + rows[i] + ".fork"));
            a.getStyleClass().add("compare-cell");
            b.getStyleClass().add("compare-cell");
            GridPane.setHgrow(a, Priority.ALWAYS);
            GridPane.setHgrow(b, Priority.ALWAYS);
            compare.addRow(i + 1, name("spawn.vs." + rows[i]), a, b);
        }
        VBox compareBox = Chips.box(i18n.get("spawn.compare_title"), compare);
        compareBox.setId("spawn-compare");
        root.getChildren().setAll(commandBox, middle, compareBox);
    }

    private String or(String s) {
        return s == null ? i18n.get("spawn.pending") : s;
    }

    private static Label code(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("code-block");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private Label name(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("setting-name");
        l.setMinWidth(Region.USE_PREF_SIZE); // a fact's name is never cut ("static mar...")
        return l;
    }

    private static Label value(String s) {
        Label l = new Label(s == null ? "\u2014" : s);
        l.getStyleClass().addAll("value-cell", "value");
        return l;
    }
}
