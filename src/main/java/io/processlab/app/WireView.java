package io.processlab.app;

import io.processlab.app.fx.MonoRows;
import io.processlab.app.i18n.I18n;
import io.processlab.app.model.WireLine;
import io.processlab.app.model.WireViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The wire view: the raw JSON lines of every child's pipe, filterable by process and text; when
 * it shows none, a sentence says why (no run, a saved run, the filters, the replay's cursor).
 */
public final class WireView {
    private final BorderPane root = new BorderPane();

    public WireView(WireViewModel model, I18n i18n) {
        ComboBox<Long> process = new ComboBox<>(model.pids());
        process.setId("wire-process");
        process.valueProperty().bindBidirectional(model.processProperty());
        process.setConverter(new StringConverter<>() {
            @Override
            public String toString(Long pid) {
                return pid == null || pid == WireViewModel.ALL ? i18n.get("wire.all") : model.nameOf(pid) + " " + pid;
            }

            @Override
            public Long fromString(String s) {
                return WireViewModel.ALL;
            }
        });
        TextField filter = new TextField();
        filter.setId("wire-filter");
        filter.promptTextProperty().bind(i18n.text("wire.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setPrefColumnCount(14);
        Label count = new Label();
        // a tag of its own: beside the hint it read as its first words ("10 linhas O que de fato passou")
        count.getStyleClass().addAll("muted", "wire-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("wire.count", model.shown().size()), model.shown(), i18n.localeProperty()));
        Label hint = new Label();
        hint.textProperty().bind(i18n.text("wire.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        // a narrow column (presenter mode) puts the hint under the filter: nothing is cut
        FlowPane bar = new FlowPane(10, 4, process, filter, count, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMinWidth(0);
        bar.prefWrapLengthProperty().bind(root.widthProperty().subtract(20));
        hint.maxWidthProperty().bind(root.widthProperty().subtract(30));
        root.setMinWidth(0);
        bar.getStyleClass().add("wire-bar");
        // a short tab (a 720-pixel screen) gives its lines the hint's row: the hint is then the filter's tooltip
        javafx.beans.binding.BooleanBinding roomy = root.heightProperty().greaterThanOrEqualTo(HINT_ROOM)
                .or(root.heightProperty().lessThanOrEqualTo(0));
        hint.visibleProperty().bind(roomy);
        hint.managedProperty().bind(roomy);
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(i18n.text("wire.hint"));
        filter.setTooltip(tip);

        ListView<WireLine> list = new ListView<>(model.shown());
        list.setId("wire");
        list.getStyleClass().add("wire");
        list.setCellFactory(v -> new ListCell<>() {
            {
                // a long JSON line wraps at the list's width: readable whole, no sideways scrolling
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(WireLine l, boolean empty) {
                super.updateItem(l, empty);
                if (empty || l == null) {
                    MonoRows.show(this, null);
                    return;
                }
                String who = l.name() + " " + l.pid();
                // rows that end after a comma or colon of the JSON, not inside "tasks" (JavaFX breaks only at spaces)
                MonoRows.show(this, i18n.get(l.fromChild() ? "wire.from_child" : "wire.to_child", who) + "   " + l.text());
                getStyleClass().removeAll("to-child", "from-child");
                getStyleClass().add(l.fromChild() ? "from-child" : "to-child");
            }
        });
        i18n.localeProperty().addListener((o, a, b) -> list.refresh()); // "parent" / "pai"
        // a saved run has no lines, a filter may leave none: the list says so instead of staying blank
        Label empty = new Label();
        empty.setId("wire-placeholder");
        empty.getStyleClass().add("wire-placeholder");
        empty.setWrapText(true);
        empty.textProperty().bind(model.placeholderProperty());
        empty.maxWidthProperty().bind(list.widthProperty().subtract(40));
        list.setPlaceholder(empty);
        root.setTop(bar);
        root.setCenter(list);
    }

    /**
     * The tab's least height that shows the hint in a row of its own: above the room the tab
     * asks for ({@link CentreSplit#WIRE_ROOM}), so that the hint's row goes to the lines wherever
     * the split gives the tab only that (at 1280x720 three spawn lines then stand whole).
     */
    static final double HINT_ROOM = 300;

    public Node root() {
        return root;
    }
}
