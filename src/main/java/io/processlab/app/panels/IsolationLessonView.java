package io.processlab.app.panels;

import io.processlab.app.fx.MonoRows;
import io.processlab.app.i18n.I18n;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.isolation.IsolationLesson;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The live panel of Isolation: the parent's values and the child's copies, in one table. */
public final class IsolationLessonView extends LessonPanel<IsolationLessonViewModel, VBox> {
    public IsolationLessonView(Lesson lesson, I18n i18n) {
        super(lesson, i18n, new IsolationLessonViewModel(), new VBox(12));
        build();
    }

    @Override
    protected void build() {
        Label back = new Label();
        back.setId("isolation-back");
        back.getStyleClass().add("printed");
        Chips.prose(back);
        VBox backBox = Chips.box(i18n.get("isolation.back_title"), back);

        Label java = Chips.muted("");
        java.setId("isolation-method-java");
        Label python = Chips.muted(i18n.get("isolation.method_python",
                IsolationLesson.PYTHON_CHILD_GLOBAL.get("fork"), IsolationLesson.PYTHON_CHILD_GLOBAL.get("spawn")));
        python.setId("isolation-method-python");
        Chips.prose(java);
        Chips.prose(python);
        // the Java side's start method sits under the values it explains (the child's static
        // field 0 where the parent's is 42); Python's, with what fork and spawn print, right after
        VBox methodBox = Chips.box(i18n.get("isolation.method_title"), python);
        methodBox.setId("isolation-method");

        VBox table = Chips.box(i18n.get("isolation.memory_title"));
        table.setId("isolation-memory");
        Runnable draw = () -> {
            fillTable(table, java);
            String sent = model.sentBackProperty().get();
            // a value broken where a reader expects, outside its brackets ({'counter': 3, / 'list': [...]})
            MonoRows.show(back, sent.isEmpty() ? i18n.get("isolation.back_none") : sent);
            IsolationLessonViewModel.Values got = model.childGotProperty().get();
            IsolationLessonViewModel.Values before = model.parentBeforeProperty().get();
            java.setText(got == null || before == null ? i18n.get("isolation.method_java_pending")
                    : i18n.get("isolation.method_java", got.global(), before.global()));
        };
        watch.value(model.parentAfterProperty(), draw);
        watch.value(model.parentBeforeProperty(), draw);
        watch.value(model.childGotProperty(), draw);
        watch.value(model.childNowProperty(), draw);
        watch.value(model.sentBackProperty(), draw);
        draw.run();
        // a wide panel has the table on the left and the two notes in a column beside it (one
        // under another they left the normal window's panel 393 of its 508 px at 1440x900)
        Runnable place = () -> {
            boolean was = root.getChildren().size() == 1;
            if (wide()) {
                VBox notes = new VBox(12, methodBox, backBox);
                notes.setPrefWidth(px(NOTES_WIDTH));
                notes.setMinWidth(px(NOTES_WIDTH * 0.8));
                HBox.setHgrow(table, Priority.ALWAYS);
                table.setPrefWidth(10);
                root.getChildren().setAll(new HBox(12, table, notes));
            } else {
                table.setPrefWidth(Region.USE_COMPUTED_SIZE);
                root.getChildren().setAll(table, methodBox, backBox);
            }
            if (wide() != was) {
                rearranged();
            }
        };
        whenWideChanges(place);
        place.run();
    }

    /** The notes' column's width beside the table in a wide panel ({@link #wide}). */
    static final double NOTES_WIDTH = 360;

    /**
     * Both processes in one table, so that their rows line up: a row per value (counter, list,
     * static field), and four columns, the parent before the child and after it, the child as it
     * got its copies and after changing them. One table in both the normal window and presenter
     * mode: two cards side by side wrapped the list and cut the static field's row at 1280x720.
     */
    private void fillTable(VBox box, Label java) {
        Node title = box.getChildren().get(0);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(5);
        grid.getStyleClass().add("values-grid");
        ProcChip parent = model.parentProperty().get();
        ProcChip child = model.childProperty().get();
        grid.add(parent == null ? new Label() : Chips.chip(parent), 1, 0, 2, 1);
        grid.add(child == null ? Chips.muted(i18n.get("isolation.not_yet")) : Chips.chip(child), 3, 0, 2, 1);
        grid.addRow(1, new Label(), Chips.muted(i18n.get("isolation.before_short")),
                Chips.muted(i18n.get("isolation.after_short")), Chips.muted(i18n.get("isolation.got_short")),
                Chips.muted(i18n.get("isolation.changed_short")));
        IsolationLessonViewModel.Values pb = model.parentBeforeProperty().get();
        IsolationLessonViewModel.Values pa = model.parentAfterProperty().get();
        IsolationLessonViewModel.Values cg = model.childGotProperty().get();
        IsolationLessonViewModel.Values cn = model.childNowProperty().get();
        List<String> keys = List.of("isolation.counter", "isolation.list", "isolation.global");
        List<Function<IsolationLessonViewModel.Values, String>> gets = List.of(IsolationLessonViewModel.Values::counter,
                IsolationLessonViewModel.Values::list, IsolationLessonViewModel.Values::global);
        for (int i = 0; i < keys.size(); i++) {
            Label[] p = cells(keys.get(i), pb, pa, gets.get(i), false);
            Label[] c = cells(keys.get(i), cg, cn, gets.get(i), true);
            grid.addRow(2 + i, p[0], p[1], p[2], c[1], c[2]);
        }
        Label copies = Chips.prose(Chips.muted(i18n.get("isolation.copies_line")));
        box.getChildren().setAll(title, grid, copies, java);
    }

    /** A value's row of one side: its name, its value at the first moment and at the second (styled by the change). */
    private Label[] cells(String key, IsolationLessonViewModel.Values first, IsolationLessonViewModel.Values second,
                          Function<IsolationLessonViewModel.Values, String> get, boolean child) {
        String a = first == null ? null : get.apply(first);
        String b = second == null ? null : get.apply(second);
        String text = i18n.get(key);
        int space = text.indexOf(' ');
        // presenter mode: "static / field" on two lines leaves the four values their room
        Label name = new Label(compact && space > 0 ? text.substring(0, space) + "\n" + text.substring(space + 1) : text);
        name.getStyleClass().add("setting-name");
        name.setMinWidth(Region.USE_PREF_SIZE); // a row's name is never cut ("cou..."): the values wrap
        Label before = value(a, "value");
        String style = b == null ? "value" : Objects.equals(a, b) ? "value-same" : child ? "value-changed" : "value-lost";
        Label after = value(b, style);
        after.setId((child ? "child-" : "parent-") + key.substring(key.indexOf('.') + 1));
        return new Label[] {name, before, after};
    }

    /** The longest value that never wraps. */
    private static final int SHORT_VALUE = 10;

    private static Label value(String text, String style) {
        Label l = new Label(text == null ? "\u2014" : text);
        l.getStyleClass().addAll("value-cell", style);
        l.setWrapText(true);
        // a short value ("[1, 2, 3]", "42") keeps its one line; only a long one wraps in what is left
        if (l.getText().length() <= SHORT_VALUE) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        return l;
    }
}
