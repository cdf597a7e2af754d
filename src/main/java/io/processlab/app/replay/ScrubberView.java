package io.processlab.app.replay;

import io.processlab.app.i18n.I18n;
import io.processlab.view.timeline.TimeAxis;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * The bar under the timeline: step back, play or pause, step on, the time slider, the cursor's
 * time, the speed, and (during a live run) "Live", lit while the cursor follows now; pressing it
 * when the cursor was grabbed gives it back to now.
 */
public final class ScrubberView {
    private static final PseudoClass FOLLOWING = PseudoClass.getPseudoClass("following");

    private final Player player;
    private final I18n i18n;
    /** The moves and the time; then the speed, Live and what the window adds ({@link #addToEnd}). */
    private final HBox moves = new HBox(8);
    private final HBox end = new HBox(8);
    private final Bar root = new Bar(moves, end);
    private final Slider slider = new Slider(0, 1, 0);
    private final Label time = new Label();
    private boolean updating;

    public ScrubberView(Player player, I18n i18n) {
        this.player = player;
        this.i18n = i18n;
        root.getStyleClass().add("scrubber");
        root.setId("scrubber");
        moves.setAlignment(Pos.CENTER_LEFT);
        end.setAlignment(Pos.CENTER_RIGHT);

        Button previous = button("step-previous", "\u25AE\u25C0", "replay.previous");
        previous.setOnAction(e -> player.stepPrevious());
        Button play = button("play", "\u25B6", "replay.play");
        play.textProperty().bind(Bindings.when(player.playingProperty()).then("\u25AE\u25AE").otherwise("\u25B6"));
        play.getTooltip().textProperty().bind(Bindings.when(player.playingProperty())
                .then(i18n.text("replay.pause")).otherwise(i18n.text("replay.play")));
        play.setOnAction(e -> player.togglePlay());
        play.disableProperty().bind(player.readyProperty().not()
                .or(player.followingProperty().and(player.liveProperty())));
        Button next = button("step-next", "\u25B6\u25AE", "replay.next");
        next.setOnAction(e -> player.stepNext());
        previous.disableProperty().bind(player.readyProperty().not());
        next.disableProperty().bind(player.readyProperty().not());

        slider.setId("time-slider");
        slider.setMinWidth(60);
        slider.setPrefWidth(80); // it grows into what the row leaves; a small want keeps the bar on one row longer
        slider.getStyleClass().add("time-slider");
        slider.setTooltip(tooltip("replay.slider"));
        slider.disableProperty().bind(player.readyProperty().not());
        slider.valueProperty().addListener((o, a, v) -> {
            if (!updating) {
                player.seek(Math.round(v.doubleValue()));
            }
        });
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);

        time.setId("replay-time");
        time.getStyleClass().add("replay-time");
        time.setMinWidth(Label.USE_PREF_SIZE);

        ChoiceBox<Double> speed = new ChoiceBox<>();
        speed.getItems().setAll(Player.SPEEDS);
        speed.setId("speed");
        speed.setTooltip(tooltip("replay.speed"));
        speed.getStyleClass().add("replay-speed");
        // says what it is, unlike the toolbar's tempo: "Replay 2\u00d7" plays the recording faster, the processes are not touched
        StringConverter<Double> shown = new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : i18n.get("replay.speed_shown", i18n.factor(d));
            }

            @Override
            public Double fromString(String s) {
                return player.speedProperty().get();
            }
        };
        speed.setConverter(shown);
        i18n.localeProperty().addListener((o, a, b) -> {
            speed.setConverter(null);
            speed.setConverter(shown);
        });
        speed.valueProperty().bindBidirectional(player.speedProperty());
        speed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        Button live = new Button();
        live.setId("live");
        live.textProperty().bind(i18n.text("replay.live"));
        live.setTooltip(tooltip("replay.follow"));
        live.getStyleClass().add("live-button");
        live.setMinWidth(Button.USE_PREF_SIZE);
        live.visibleProperty().bind(player.liveProperty());
        live.managedProperty().bind(live.visibleProperty());
        live.setOnAction(e -> player.followLive());
        player.followingProperty().addListener((o, a, f) -> live.pseudoClassStateChanged(FOLLOWING, f));
        live.pseudoClassStateChanged(FOLLOWING, player.isFollowing());

        moves.getChildren().addAll(previous, play, next, slider, time);
        end.getChildren().addAll(speed, live);
        player.timeProperty().addListener((o, a, b) -> sync());
        player.endProperty().addListener((o, a, b) -> sync());
        i18n.localeProperty().addListener((o, a, b) -> sync());
        sync();
    }

    private Button button(String id, String glyph, String tipKey) {
        Button b = new Button(glyph);
        b.setId(id);
        b.getStyleClass().add("replay-button");
        b.setMinWidth(Button.USE_PREF_SIZE);
        b.setTooltip(tooltip(tipKey));
        return b;
    }

    private Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.text(key));
        return t;
    }

    /** The slider and the time label from the player (without seeking back). */
    private void sync() {
        updating = true;
        try {
            slider.setMax(Math.max(1, player.end()));
            slider.setValue(player.time());
        } finally {
            updating = false;
        }
        time.setText(i18n.get("replay.time", seconds(player.time()), seconds(player.end())));
    }

    private String seconds(long us) {
        return TimeAxis.inSeconds(us, 3, i18n.locale());
    }

    public Region root() {
        return root;
    }

    /** Puts {@code n} at the bar's end (the window's zoom buttons). */
    public void addToEnd(Node n) {
        end.getChildren().add(n);
    }

    /**
     * The bar: its two parts in one row, or, in a column narrower than both (the timeline beside
     * a wide Code tab in presenter mode), the end under the moves; so the bar never makes its
     * column wider than the wider part, and nothing of it is cut.
     */
    static final class Bar extends Region {
        private static final double GAP = 8;
        private final HBox first;
        private final HBox second;

        Bar(HBox first, HBox second) {
            this.first = first;
            this.second = second;
            getChildren().addAll(first, second);
        }

        /** Whether both parts stand in one row at this width. */
        boolean oneRow(double width) {
            Insets in = getInsets();
            return width < 0 || width - in.getLeft() - in.getRight() >= first.prefWidth(-1) + GAP + second.prefWidth(-1);
        }

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        @Override
        protected double computeMinWidth(double height) {
            Insets in = getInsets();
            return in.getLeft() + in.getRight() + Math.max(first.minWidth(-1), second.minWidth(-1));
        }

        @Override
        protected double computePrefWidth(double height) {
            Insets in = getInsets();
            return in.getLeft() + in.getRight() + first.prefWidth(-1) + GAP + second.prefWidth(-1);
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected double computePrefHeight(double width) {
            Insets in = getInsets();
            double a = first.prefHeight(-1);
            double b = second.prefHeight(-1);
            return in.getTop() + in.getBottom() + (oneRow(width) ? Math.max(a, b) : a + GAP / 2 + b);
        }

        @Override
        protected void layoutChildren() {
            Insets in = getInsets();
            double x = in.getLeft();
            double y = in.getTop();
            double w = getWidth() - in.getLeft() - in.getRight();
            double h = getHeight() - in.getTop() - in.getBottom();
            double endW = Math.min(w, second.prefWidth(-1));
            if (oneRow(getWidth())) {
                first.resizeRelocate(x, y, w - endW - GAP, h);
                second.resizeRelocate(x + w - endW, y, endW, h);
            } else {
                double a = first.prefHeight(-1);
                first.resizeRelocate(x, y, w, a);
                second.resizeRelocate(x + w - endW, y + a + GAP / 2, endW, h - a - GAP / 2);
            }
        }
    }
}
