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
import org.controlsfx.control.PopOver;

/**
 * The chosen lesson's explanation above the panel, kept short so that the panel and the timeline
 * have the height: the title, the summary, and "what to watch, what to try" behind a link that
 * opens them in a pop-over beside it (it never pushes the panel down). Compact (presenter mode, a
 * short window), the summary too waits in the pop-over.
 */
final class LessonHeader {
    /** The pop-over's text width. */
    static final double POP_WIDTH = 520;

    private final I18n i18n;
    private final VBox root = new VBox(2);
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label popSummary = new Label();
    private final Label watch = new Label();
    private final Hyperlink more = new Hyperlink();
    private final PopOver pop;
    private LessonPage page;
    private boolean compact;

    LessonHeader(I18n i18n, ObjectProperty<LessonPage> selected) {
        this.i18n = i18n;
        title.getStyleClass().add("lesson-heading");
        title.setId("lesson-heading");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("explanation");
        summary.setId("explanation");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.managedProperty().bind(summary.visibleProperty());
        for (Label l : new Label[] {popSummary, watch}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.setPrefWidth(POP_WIDTH);
        }
        popSummary.getStyleClass().add("explanation");
        popSummary.managedProperty().bind(popSummary.visibleProperty());
        watch.getStyleClass().add("watch");
        watch.setId("watch");
        VBox content = new VBox(10, popSummary, watch);
        content.getStyleClass().add("watch-pop");
        pop = new PopOver(content);
        pop.setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
        pop.setDetachable(false);
        pop.setAnimated(false);
        pop.showingProperty().addListener((o, a, b) -> texts());
        more.setId("watch-toggle");
        more.getStyleClass().add("watch-toggle");
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.setOnAction(e -> {
            more.setVisited(false);
            if (pop.isShowing()) {
                pop.hide();
            } else {
                texts();
                pop.show(more);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, title, gap, more);
        top.setAlignment(Pos.BASELINE_LEFT);
        root.getChildren().addAll(top, summary);
        root.getStyleClass().add("header");
        page = selected.get();
        selected.addListener((o, a, p) -> {
            page = p;
            pop.hide();
            texts();
        });
        i18n.localeProperty().addListener((o, a, b) -> texts());
        texts();
    }

    /** Compact: only the title and the link, which opens the summary with the hints. */
    void setCompact(boolean on) {
        compact = on;
        summary.setVisible(!compact);
        texts();
    }

    boolean isCompact() {
        return compact;
    }

    /** Whether "what to watch, what to try" is open. */
    boolean watchShowing() {
        return pop.isShowing();
    }

    private void texts() {
        String id = page == null ? "" : page.id();
        title.setText(i18n.lesson(id, "title"));
        summary.setText(i18n.lesson(id, "summary"));
        popSummary.setText(i18n.lesson(id, "summary"));
        popSummary.setVisible(compact);
        watch.setText(i18n.lesson(id, "watch") + "\n" + i18n.lesson(id, "try"));
        String open = compact ? "header.more_compact" : "header.more";
        more.setText(pop != null && pop.isShowing() ? i18n.get("header.less") + " \u25B4" : i18n.get(open) + " \u25BE");
    }

    Node root() {
        return root;
    }
}
