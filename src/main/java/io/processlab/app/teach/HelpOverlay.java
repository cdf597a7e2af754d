package io.processlab.app.teach;

import io.processlab.app.i18n.I18n;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The help overlay (F1): every keyboard shortcut and a word on the teaching controls, over the window. */
final class HelpOverlay {
    private final StackPane layer = new StackPane();
    private final I18n i18n;
    private final Shortcuts shortcuts;
    private final VBox card = new VBox(12);
    private boolean built;

    /** The room kept around the card. */
    static final double MARGIN = 40;
    /** A shortcut's description wraps at this width. */
    static final double WHAT_WIDTH = 560;

    HelpOverlay(I18n i18n, Shortcuts shortcuts) {
        this.i18n = i18n;
        this.shortcuts = shortcuts;
        layer.getStyleClass().add("help-layer");
        layer.setId("help-overlay");
        layer.setVisible(false);
        card.getStyleClass().add("help-card");
        card.setMaxWidth(Region.USE_PREF_SIZE);
        // on a short screen (presenter mode at 1280x720) the keys scroll between the title and
        // Close, which stay whole; on a tall one the card is as tall as what it says (as tall as
        // the window, it stood 35 to 45 % empty at 1440x900 and 1920x1080)
        layer.heightProperty().addListener((o, a, h) -> fitHeight());
        card.widthProperty().addListener((o, a, w) -> fitHeight());
        layer.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        layer.setOnMouseClicked(e -> {
            if (e.getTarget() == layer) {
                hide();
            }
        });
        // the card is built when the overlay is first shown: the window opens without it
        i18n.localeProperty().addListener((o, a, b) -> {
            if (built) {
                build();
                fitHeight();
            }
        });
    }

    Node node() {
        return layer;
    }

    boolean showing() {
        return layer.isVisible();
    }

    void show() {
        if (!built) {
            build();
        }
        fitHeight();
        layer.setVisible(true);
        layer.requestFocus();
    }

    void hide() {
        layer.setVisible(false);
    }

    /** F1: opens or closes it. */
    boolean toggle() {
        if (showing()) {
            hide();
        } else {
            show();
        }
        return true;
    }

    /** The card's most height: what it says, within the window less {@link #MARGIN}. */
    private void fitHeight() {
        double room = layer.getHeight() - MARGIN;
        if (!built || room <= 0) {
            return;
        }
        card.applyCss();
        card.setMaxHeight(Math.min(room, card.prefHeight(card.prefWidth(-1))));
    }

    private void build() {
        built = true;
        Label title = new Label(i18n.get("help.title"));
        title.getStyleClass().add("help-title");
        GridPane keys = new GridPane();
        keys.setHgap(20);
        keys.setVgap(8);
        keys.setId("help-keys");
        int r = 0;
        for (Shortcuts.Shortcut s : shortcuts.all()) {
            Label k = new Label(s.keys());
            k.getStyleClass().add("help-key");
            k.setMinWidth(Region.USE_PREF_SIZE);
            Label w = new Label(i18n.get(s.what()));
            w.getStyleClass().add("help-what");
            w.setWrapText(true);
            w.setMaxWidth(WHAT_WIDTH);
            w.setMinHeight(Region.USE_PREF_SIZE);
            keys.addRow(r++, k, w);
        }
        Label tips = new Label(i18n.get("help.tips"));
        tips.setWrapText(true);
        tips.setMaxWidth(640);
        tips.getStyleClass().add("muted");
        Button close = new Button(i18n.get("help.close"));
        close.setId("help-close");
        close.getStyleClass().add("tool-button");
        close.setOnAction(e -> hide());
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        title.setMinHeight(Region.USE_PREF_SIZE);
        close.setMinWidth(Region.USE_PREF_SIZE);
        VBox body = new VBox(12, keys, tips);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("help-scroll");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        card.getChildren().setAll(title, scroll, bottom);
    }
}
