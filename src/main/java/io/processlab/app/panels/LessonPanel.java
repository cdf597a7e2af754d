package io.processlab.app.panels;

import io.processlab.app.i18n.I18n;
import io.processlab.app.style.ProcessPalette;
import io.processlab.lessons.Lesson;
import io.processlab.view.objects.ObjectsModel;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * What every lesson page shares: its lesson, its view model and its root node. A subclass
 * builds the nodes under {@link #root} from {@link #model} in {@link #build()}, and puts its
 * listeners on the model through {@link #watch}; a language switch builds the page again in the
 * new language, from the model as it is (the run goes on).
 *
 * @param <M> the view model
 * @param <R> the root pane
 */
abstract class LessonPanel<M extends PanelModel, R extends Pane> implements LessonPage {
    protected final Lesson lesson;
    protected final I18n i18n;
    protected final M model;
    protected final R root;
    /** The listeners of the current build. */
    protected final Watch watch = new Watch();
    /** Whether the page is laid out for a narrow room with large text (presenter mode). */
    protected boolean compact;
    /** How much larger the type is than the normal window's (see {@link LessonPage#setTypeSize}). */
    private double typeSize = 1;
    /** Whether the window is short (see {@link LessonPage#setLow}). */
    private boolean low;

    LessonPanel(Lesson lesson, I18n i18n, M model, R root) {
        this.lesson = lesson;
        this.i18n = i18n;
        this.model = model;
        this.root = root;
        root.getStyleClass().add("lesson-panel");
        i18n.localeProperty().addListener((o, a, b) -> rebuild());
    }

    /** Builds the nodes in the current language (called by the subclass's constructor, and again on a switch). */
    protected abstract void build();

    private void rebuild() {
        watch.clear();
        build();
    }

    @Override
    public void setCompact(boolean on) {
        if (on == compact) {
            return;
        }
        compact = on;
        root.getStyleClass().remove("compact");
        if (on) {
            root.getStyleClass().add("compact");
        }
        rebuild();
    }

    @Override
    public void setTypeSize(double size) {
        if (Math.abs(size - typeSize) < 1e-3) {
            return;
        }
        typeSize = size;
        if (!compact) {
            rebuild();
        }
    }

    @Override
    public void setLow(boolean on) {
        if (on == low) {
            return;
        }
        low = on;
        root.getStyleClass().remove("low");
        if (on) {
            root.getStyleClass().add("low");
        }
        if (!compact) {
            rebuild();
        }
    }

    /** Whether the panel is laid out low: the normal window's layout (not compact) in a short window. */
    protected boolean low() {
        return low && !compact;
    }

    /**
     * A fixed width of the wide layout, {@code normal} pixels in the normal window's type, in the
     * type the panel has (the compact layout's widths are its own, for presenter mode's type).
     */
    protected double px(double normal) {
        return compact ? normal : normal * typeSize;
    }

    /**
     * The panel's width from which its cards stand side by side rather than one under another
     * (the normal window at 1366 px and wider): the deadlock's processes beside its locks, the
     * isolation lesson's notes beside its table. It counts the panel's scrollbar as room: the cards
     * one under another scroll, and their scrollbar (16 px) left a 1440x900 window's panel 1,098 px
     * wide, too narrow at 1,100 to put them side by side, where they need no scrollbar. A 1366x768
     * window's panel (1,056 px) has them side by side too: one under another the isolation lesson
     * needed 526 px there for 304, side by side 373.
     */
    static final double WIDE = 1030;

    /** Whether the panel is wide: laid out for the normal window (not compact) and {@link #WIDE} or wider. */
    protected boolean wide() {
        return !compact && root.getWidth() >= px(WIDE);
    }

    /** Runs {@code place} each time the panel becomes wide or stops being wide (see {@link #wide}), for this build. */
    protected void whenWideChanges(Runnable place) {
        whenWidthTurns(this::wide, place);
    }

    /** Runs {@code place} each time {@code test} of the panel's width turns true or false, for this build. */
    protected void whenWidthTurns(java.util.function.BooleanSupplier test, Runnable place) {
        boolean[] was = {test.getAsBoolean()};
        watch.value(root.widthProperty(), () -> {
            if (test.getAsBoolean() != was[0]) {
                was[0] = !was[0];
                place.run();
            }
        });
    }

    /** Tells the window that the panel's cards moved to another arrangement (its height changed). */
    protected void rearranged() {
        root.fireEvent(new javafx.event.Event(REARRANGED));
    }

    /** Whether the page is laid out compact ({@link #setCompact}). */
    public boolean isCompact() {
        return compact;
    }

    public M model() {
        return model;
    }

    @Override
    public Lesson lesson() {
        return lesson;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void show(ObjectsModel m, ProcessPalette palette) {
        model.update(m, palette);
    }

    @Override
    public void clear() {
        model.clear();
    }
}
