package io.processlab.app.study;

import io.processlab.app.i18n.I18n;
import io.processlab.app.teach.Presenter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The series' own window, modeless and owned by the main one: its progress with Stop, the table
 * of distinct outcomes with their counts, the runs one by one (a click shows one in the main
 * window), and the histograms. Presenter mode's style when the main window has it; every text
 * follows the window's language.
 */
public final class RepeatView {
    private final RepeatViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final Stage stage = new Stage();

    public RepeatView(RepeatViewModel model, I18n i18n, Window owner, ObservableValue<Boolean> presenter) {
        this.model = model;
        this.i18n = i18n;
        root.setId("repeat-window");
        root.getStyleClass().add("repeat");
        root.setPadding(new Insets(10));
        root.setTop(top());
        root.setCenter(centre());
        Label hint = new Label();
        hint.textProperty().bind(i18n.text("repeat.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("repeat-hint");
        BorderPane.setMargin(hint, new Insets(6, 0, 0, 0));
        root.setBottom(hint);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        Presenter.style(Boolean.TRUE.equals(presenter.getValue()), root);
        presenter.addListener((o, a, on) -> Presenter.style(Boolean.TRUE.equals(on), root));
        stage.setOnHidden(e -> model.stop());
    }

    public Parent root() {
        return root;
    }

    public Stage stage() {
        return stage;
    }

    /** Shows the window (in front), sized and placed within the visual bounds of the main window's screen. */
    public void show() {
        Window owner = stage.getOwner();
        Rectangle2D vb = owner == null ? Screen.getPrimary().getVisualBounds()
                : Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                        Math.max(1, owner.getHeight())).stream().findFirst().orElse(Screen.getPrimary())
                        .getVisualBounds();
        if (!stage.isShowing()) {
            double w = Math.min(1200, vb.getWidth() - 40);
            double h = Math.min(760, vb.getHeight() - 40);
            stage.setWidth(w);
            stage.setHeight(h);
            stage.setX(vb.getMinX() + (vb.getWidth() - w) / 2);
            stage.setY(vb.getMinY() + (vb.getHeight() - h) / 2);
        }
        stage.show();
        stage.toFront();
    }

    private VBox top() {
        Label title = new Label();
        title.textProperty().bind(model.titleProperty());
        title.getStyleClass().add("repeat-title");
        ProgressBar bar = new ProgressBar();
        bar.setId("repeat-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label status = new Label();
        status.setId("repeat-status");
        status.textProperty().bind(model.statusProperty());
        Button stop = new Button();
        stop.setId("repeat-stop");
        stop.getStyleClass().add("danger");
        stop.textProperty().bind(i18n.text("toolbar.stop"));
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(e -> model.stop());
        HBox line = new HBox(10, bar, status, stop);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(6, title, line);
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));
        return top;
    }

    private SplitPane centre() {
        Label heading = new Label();
        heading.textProperty().bind(model.headingProperty());
        heading.getStyleClass().add("repeat-heading");
        heading.setWrapText(true);
        TableView<RepeatViewModel.CountRow> counts = new TableView<>(model.counts());
        counts.setId("repeat-counts");
        counts.getColumns().setAll(List.of(
                column("repeat.col.count", 120, r -> String.valueOf(r.count())),
                column("repeat.col.outcome", 400, RepeatViewModel.CountRow::outcome),
                column("repeat.col.runs", 180, RepeatViewModel.CountRow::runs)));
        counts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        counts.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                model.open(r.firstRun());
            }
        });
        Label runsLabel = new Label();
        runsLabel.textProperty().bind(i18n.text("repeat.runs"));
        runsLabel.getStyleClass().add("repeat-heading");
        runsLabel.setWrapText(true);
        TableView<RepeatViewModel.RunRow> runs = new TableView<>(model.runs());
        runs.setId("repeat-runs");
        runs.getColumns().setAll(List.of(
                column("repeat.col.run", 60, r -> "#" + r.run()),
                column("repeat.col.outcome", 440, RepeatViewModel.RunRow::outcome),
                column("repeat.col.seconds", 130, RepeatViewModel.RunRow::seconds)));
        runs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        runs.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                model.open(r.run());
            }
        });
        VBox.setVgrow(counts, Priority.ALWAYS);
        VBox.setVgrow(runs, Priority.ALWAYS);
        VBox left = new VBox(6, heading, counts, runsLabel, runs);

        BarChart<String, Number> starts = chart("repeat-starts", model.startBars(), "repeat.axis.time");
        BarChart<String, Number> aspect = chart("repeat-aspect", model.aspectBars(), "repeat.axis.value");
        Label startsTitle = chartTitle(i18n.text("repeat.chart.starts"));
        Label aspectTitle = chartTitle(model.aspectChartProperty());
        for (javafx.scene.Node n : List.of(aspect, aspectTitle)) {
            n.visibleProperty().bind(model.aspectChartProperty().isNotEmpty());
            n.managedProperty().bind(n.visibleProperty());
        }
        VBox.setVgrow(starts, Priority.ALWAYS);
        VBox.setVgrow(aspect, Priority.ALWAYS);
        VBox right = new VBox(4, aspectTitle, aspect, startsTitle, starts);
        right.setPadding(new Insets(0, 0, 0, 6));
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.58);
        return split;
    }

    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.text(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setCellFactory(col -> {
            TableCell<T, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item);
                }
            };
            cell.setWrapText(true);
            return cell;
        });
        return c;
    }

    private static Label chartTitle(ObservableValue<String> text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setWrapText(true);
        l.getStyleClass().add("repeat-heading");
        return l;
    }

    private BarChart<String, Number> chart(String id, ObservableList<RepeatViewModel.Bar> bars, String axisKey) {
        CategoryAxis x = new CategoryAxis();
        x.labelProperty().bind(i18n.text(axisKey));
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.labelProperty().bind(i18n.text("repeat.axis.count"));
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setBarGap(1);
        chart.setCategoryGap(4);
        chart.setMinHeight(160);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        Runnable fill = () -> {
            List<XYChart.Data<String, Number>> data = bars.stream()
                    .map(b -> new XYChart.Data<String, Number>(b.label(), b.count())).toList();
            x.getCategories().setAll(data.stream().map(XYChart.Data::getXValue).toList());
            // counts are whole: ticks at whole numbers only, at most about ten of them
            int top = Math.max(1, bars.stream().mapToInt(RepeatViewModel.Bar::count).max().orElse(1));
            int unit = top <= 10 ? 1 : top <= 20 ? 2 : top <= 50 ? 5 : top <= 100 ? 10 : 10 * (int) Math.ceil(top / 100.0);
            y.setUpperBound(unit * (int) Math.ceil((double) top / unit));
            y.setTickUnit(unit);
            series.getData().setAll(data);
        };
        bars.addListener((ListChangeListener<RepeatViewModel.Bar>) c -> fill.run());
        fill.run();
        return chart;
    }

    /** Whether a series goes: for the toolbar's control. */
    public ReadOnlyBooleanProperty runningProperty() {
        return model.runningProperty();
    }
}
