package io.processlab.app;

import io.processlab.app.screenshots.Layout;
import io.processlab.app.screenshots.TourWindow;
import io.processlab.app.study.PredictViewModel;
import io.processlab.app.teach.CodeViewModel;
import io.processlab.app.teach.TeachViewModel;
import io.processlab.study.KeptValues;
import java.util.Locale;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/** The real window as the screenshot tour and the layout audit drive it. */
final class GridWindow implements TourWindow {
    private final Stage stage;
    private final MainView view;

    GridWindow(Stage stage, MainView view) {
        this.stage = stage;
        this.view = view;
        view.teaching().fullScreen(false);
    }

    @Override
    public void layout(Layout layout) {
        TeachViewModel teach = view.teaching().model();
        if (teach.presenterProperty().get() != layout.presenter()) {
            teach.presenterProperty().set(layout.presenter());
        }
        // from the screen's corner, so that the largest size fits the screen
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(layout.width());
        stage.setHeight(layout.height());
    }

    @Override
    public void language(Locale locale) {
        view.teaching().model().language(locale);
        // each language's pictures as a new student sees them: the Predict tab's counts start at
        // nothing (in one store they would count, in Portuguese, the answers given in English)
        view.predict().keepIn(KeptValues.memory());
    }

    @Override
    public void tab(String which) {
        TabPane tabs = view.bottomTabs();
        // "code-java": the Code tab with Java alone across it; "code": both languages
        boolean javaAlone = which.equals("code-java");
        if (which.startsWith("code")) {
            view.teaching().model().code().shownProperty().set(javaAlone ? CodeViewModel.Shown.JAVA : CodeViewModel.Shown.BOTH);
        }
        String tab = javaAlone ? "code" : which;
        for (Tab t : tabs.getTabs()) {
            if (t.getId().equals("tab-" + tab)) {
                tabs.getSelectionModel().select(t);
            }
        }
    }

    @Override
    public void predict() {
        PredictViewModel p = view.predict();
        int n = 0;
        for (PredictViewModel.Row r : p.rows()) {
            n++;
            if (!r.choices().isEmpty()) {
                p.choose(r, r.choices().get(n % r.choices().size()).id());
            }
        }
    }

    @Override
    public void help(boolean on) {
        view.teaching().help(on);
    }

    @Override
    public void stepMode(boolean on) {
        view.teaching().model().scheduler().stepModeProperty().set(on);
    }

    @Override
    public void stepNext() {
        view.teaching().model().scheduler().next();
    }

    @Override
    public int held() {
        return view.teaching().model().scheduler().pending().size();
    }
}
