package io.processlab.app.model;

import io.processlab.app.i18n.I18n;
import io.processlab.app.panels.LessonPage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lesson list of {@link MainViewModel}: the lesson pages, which one is chosen, and each
 * lesson's own settings sheet. The choice holds while a run goes (a change is taken back). The
 * chosen sheet's validity and problem are watched with the window's listener, so Run and the
 * status follow what is typed.
 */
final class LessonChoice {
    private final ObservableList<LessonPage> pages;
    private final ObjectProperty<LessonPage> selected = new SimpleObjectProperty<>();
    private final Map<String, SettingsViewModel> settings = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<SettingsViewModel> current = new ReadOnlyObjectWrapper<>();
    private final BooleanSupplier busy;
    private final ChangeListener<Object> sheetChanged;
    private final Runnable chosen;
    private boolean reverting;

    /**
     * @param busy whether a run goes (the choice may not change then)
     * @param sheetChanged told when the chosen sheet becomes valid or invalid, or its problem changes
     * @param chosen told after another lesson was chosen
     */
    LessonChoice(I18n i18n, List<LessonPage> pages, BooleanSupplier busy, ChangeListener<Object> sheetChanged,
                 Runnable chosen) {
        this.pages = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(pages));
        this.busy = busy;
        this.sheetChanged = sheetChanged;
        this.chosen = chosen;
        for (LessonPage p : pages) {
            settings.put(p.id(), new SettingsViewModel(p.lesson(), i18n));
        }
        selected.addListener((o, old, page) -> selectionChanged(old, page));
    }

    /** Chooses the first lesson, if there is one. */
    void chooseFirst() {
        if (!pages.isEmpty()) {
            selected.set(pages.get(0));
        }
    }

    ObservableList<LessonPage> pages() {
        return pages;
    }

    ObjectProperty<LessonPage> selectedProperty() {
        return selected;
    }

    LessonPage selected() {
        return selected.get();
    }

    /** The page of the lesson with this id, or null. */
    LessonPage page(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    SettingsViewModel settingsOf(String lessonId) {
        return settings.get(lessonId);
    }

    ReadOnlyObjectProperty<SettingsViewModel> currentProperty() {
        return current.getReadOnlyProperty();
    }

    SettingsViewModel current() {
        return current.get();
    }

    /** Every page forgets what it showed. */
    void clearPages() {
        for (LessonPage p : pages) {
            p.clear();
        }
    }

    private void selectionChanged(LessonPage old, LessonPage page) {
        if (reverting) {
            return;
        }
        if (busy.getAsBoolean() && old != null && page != old) {
            reverting = true;
            selected.set(old);
            reverting = false;
            return;
        }
        SettingsViewModel before = current.get();
        if (before != null) {
            before.validProperty().removeListener(sheetChanged);
            before.problemProperty().removeListener(sheetChanged);
        }
        SettingsViewModel now = page == null ? null : settings.get(page.id());
        current.set(now);
        if (now != null) {
            now.validProperty().addListener(sheetChanged);
            now.problemProperty().addListener(sheetChanged);
        }
        chosen.run();
    }
}
