package io.processlab.app;

import io.processlab.app.i18n.I18n;
import io.processlab.app.panels.LessonPage;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The chosen lesson's explanation above the panel, kept short so that the timeline has the
 * height: the title, the summary, and "what to watch, what to try" behind a link that opens them.
 * Compact (presenter mode), the summary too waits behind the link: the teacher tells it.
 */
final class LessonHeader {
    private final I18n i18n;
    private final VBox root = new VBox(2);
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label watch = new Label();
    private final Hyperlink more = new Hyperlink();
    private LessonPage page;
    private boolean compact;

    LessonHeader(I18n i18n, ObjectProperty<LessonPage> selected) {
        this.i18n = i18n;
        title.getStyleClass().add("lesson-heading");
        title.setId("lesson-heading");
        summary.getStyleClass().add("explanation");
        summary.setId("explanation");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        watch.getStyleClass().add("watch");
        watch.setId("watch");
        watch.setWrapText(true);
        watch.setMinHeight(Region.USE_PREF_SIZE);
        watch.managedProperty().bind(watch.visibleProperty());
        watch.setVisible(false);
        summary.managedProperty().bind(summary.visibleProperty());
        more.setId("watch-toggle");
        more.getStyleClass().add("watch-toggle");
        more.setOnAction(e -> {
            watch.setVisible(!watch.isVisible());
            more.setVisited(false);
            summary.setVisible(!compact || watch.isVisible());
            texts();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, title, gap, more);
        top.setAlignment(Pos.BASELINE_LEFT);
        root.getChildren().addAll(top, summary, watch);
        root.getStyleClass().add("header");
        page = selected.get();
        selected.addListener((o, a, p) -> {
            page = p;
            texts();
        });
        i18n.localeProperty().addListener((o, a, b) -> texts());
        texts();
    }

    /** Compact: only the title and the link, which opens the summary with the hints. */
    void setCompact(boolean on) {
        compact = on;
        summary.setVisible(!compact || watch.isVisible());
        texts();
    }

    boolean isCompact() {
        return compact;
    }

    private void texts() {
        String id = page == null ? "" : page.id();
        title.setText(i18n.lesson(id, "title"));
        summary.setText(i18n.lesson(id, "summary"));
        watch.setText(i18n.lesson(id, "watch") + "\n" + i18n.lesson(id, "try"));
        String open = compact ? "header.more_compact" : "header.more";
        more.setText(watch.isVisible() ? i18n.get("header.less") + " \u25B4" : i18n.get(open) + " \u25BE");
    }

    Node root() {
        return root;
    }
}
