package io.processlab.app;

import io.processlab.app.i18n.I18n;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.model.Notice;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The bar above the panel that shows {@link MainViewModel#noticeProperty()}: the message of the
 * last file action (an error stays until closed, a confirmation goes away after 8 seconds).
 */
final class NoticeBar {
    private NoticeBar() {
    }

    /** The message of the last file action, above the panel; a confirmation goes away by itself. */
    static Node of(MainViewModel model, I18n i18n) {
        Label text = new Label();
        text.setId("notice-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        // a long message (a file's name, in Portuguese) takes a second line, never "..."
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("\u2715");
        close.setId("notice-close");
        close.getStyleClass().add("notice-close");
        close.setOnAction(e -> model.showNotice(null));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("notice.close"));
        close.setTooltip(tip);
        HBox bar = new HBox(10, text, close);
        bar.setId("notice");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("notice");
        bar.setMaxHeight(Region.USE_PREF_SIZE);
        bar.setMinHeight(Region.USE_PREF_SIZE);
        // it pushes the split down while it shows, never covers the panel
        bar.managedProperty().bind(bar.visibleProperty());
        PauseTransition fade = new PauseTransition(Duration.seconds(8));
        Runnable show = () -> {
            Notice n = model.noticeProperty().get();
            bar.setVisible(n != null);
            text.setText(n == null ? "" : n.text());
            bar.getStyleClass().removeAll("notice-error", "notice-info");
            fade.stop();
            if (n != null) {
                bar.getStyleClass().add(n.error() ? "notice-error" : "notice-info");
                if (!n.error()) {
                    fade.setOnFinished(e -> {
                        if (model.noticeProperty().get() == n) {
                            model.showNotice(null);
                        }
                    });
                    fade.playFromStart();
                }
            }
        };
        model.noticeProperty().addListener((o, a, n) -> show.run());
        show.run();
        return bar;
    }
}
