package io.processlab.app.files;

import io.processlab.app.i18n.I18n;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.model.Notice;
import io.processlab.trace.AtomicFile;
import io.processlab.trace.TraceFile;
import io.processlab.view.export.ExportTitle;
import io.processlab.view.export.GifExport;
import io.processlab.view.export.PanelExport;
import io.processlab.view.export.PngExport;
import io.processlab.view.panel.PanelContent;
import io.processlab.view.timeline.ProcessStates;
import io.processlab.view.timeline.TimeAxis;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The File menu (Open run, Save run, the exports: the timeline as PNG or SVG, the panel at the
 * cursor as PNG or SVG, the replay as a GIF, the Chrome trace; copying the timeline or the panel to
 * the clipboard; Ctrl+O, Ctrl+S, Ctrl+Shift+C), the file choosers, and
 * dropping a saved run on the window. The reading and writing happen on one background thread;
 * the result comes back to the FX thread as the window's notice (or as the opened run).
 * {@link #open}, {@link #save}, {@link #exportPng} and {@link #exportChrome} are what the menu
 * calls once a file is chosen, so tests drive them without a chooser.
 */
public final class FileActions {
    private final MainViewModel model;
    private final I18n i18n;
    private final RunFiles files;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "processlab-files");
        t.setDaemon(true);
        return t;
    });
    private Node owner;
    private Path lastDir;
    private Runnable quit = () -> { };
    /** Shows a save dialog and gives the file chosen, or null (tests give their own). */
    private java.util.function.Function<FileChooser, File> saveDialog = c -> c.showSaveDialog(window());
    /** The trace last saved (a run shown that is not this one is unsaved). */
    private volatile Object savedTrace;
    /** Reads and writes not finished yet (on the FX thread). */
    private int working;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    /** The lesson's panel as the window shows it (for its pictures), once the window tells it. */
    private Node panel;
    private final BooleanProperty gifWriting = new SimpleBooleanProperty(false);
    private final DoubleProperty gifProgress = new SimpleDoubleProperty(0);
    private final AtomicBoolean gifCancel = new AtomicBoolean();
    static final String SVG = ".svg";
    static final String GIF = ".gif";

    public FileActions(MainViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.files = new RunFiles(i18n);
    }

    /** Where the save dialogs' answers come from (the tests answer without a native dialog). */
    public void saveDialog(java.util.function.Function<FileChooser, File> dialog) {
        saveDialog = dialog;
    }

    /** What File, Quit (Ctrl+Q) does: the window's own close. */
    public void onQuit(Runnable action) {
        quit = action;
    }

    /** Whether a run is being read or written now (the status bar shows progress). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Counts a read or write from its start to its end (both counted on the FX thread, in that order). */
    private <T> CompletableFuture<T> tracked(CompletableFuture<T> job) {
        Runnable start = () -> {
            working++;
            busy.set(true);
        };
        if (Platform.isFxApplicationThread()) {
            start.run();
        } else {
            Platform.runLater(start); // queued before the end below, so the count never goes negative
        }
        return job.whenCompleteAsync((v, t) -> {
            working--;
            busy.set(working > 0);
        }, Platform::runLater);
    }

    /** The File menu for the toolbar. */
    public MenuButton menu() {
        MenuItem open = item("menu.open", "menu-open", e -> chooseAndOpen());
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        MenuItem openPython = item("menu.open_python", "menu-open-python", e -> chooseAndRunPython());
        MenuItem save = item("menu.save", "menu-save", e -> chooseAndSave());
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.disableProperty().bind(model.canSaveProperty().not());
        Menu png = new Menu();
        png.textProperty().bind(i18n.text("menu.export_png"));
        png.setId("menu-png");
        png.disableProperty().bind(model.canSaveProperty().not());
        for (int scale = 1; scale <= 3; scale++) {
            int s = scale;
            png.getItems().add(item("menu.scale_" + s, "menu-png-" + s, e -> chooseAndExportPng(s)));
        }
        MenuItem chrome = item("menu.export_chrome", "menu-chrome", e -> chooseAndExportChrome());
        chrome.disableProperty().bind(model.canSaveProperty().not());
        MenuItem svg = item("menu.export_svg", "menu-svg", e -> chooseAndExport("chooser.svg", "filter.svg", SVG,
                this::exportSvg));
        MenuItem panelPng = item("menu.export_panel_png", "menu-panel-png", e -> chooseAndExport("chooser.panel_png",
                "filter.png", RunFiles.PNG, this::exportPanel));
        MenuItem panelSvg = item("menu.export_panel_svg", "menu-panel-svg", e -> chooseAndExport("chooser.panel_svg",
                "filter.svg", SVG, this::exportPanel));
        MenuItem gif = item("menu.export_gif", "menu-gif", e -> chooseAndExport("chooser.gif", "filter.gif", GIF,
                this::exportGif));
        MenuItem stopGif = item("menu.cancel_gif", "menu-gif-stop", e -> gifCancel.set(true));
        stopGif.visibleProperty().bind(gifWriting);
        MenuItem copy = item("menu.copy_timeline", "menu-copy-timeline", e -> copy());
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem copyPanel = item("menu.copy_panel", "menu-copy-panel", e -> copyPanel());
        for (MenuItem m : List.of(svg, panelPng, panelSvg, gif, copy, copyPanel)) {
            m.disableProperty().bind(model.canSaveProperty().not());
        }
        MenuButton menu = new MenuButton();
        menu.textProperty().bind(i18n.text("menu.file"));
        menu.setId("file-menu");
        menu.getStyleClass().add("tool-button");
        MenuItem exit = item("menu.quit", "menu-quit", e -> quit.run());
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        menu.getItems().addAll(open, openPython, save, new SeparatorMenuItem(), png, svg, chrome, new SeparatorMenuItem(), panelPng,
                panelSvg, gif, stopGif, new SeparatorMenuItem(), copy, copyPanel,
                new SeparatorMenuItem(), exit);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(60);
        bar.progressProperty().bind(gifProgress);
        menu.graphicProperty().bind(javafx.beans.binding.Bindings.when(gifWriting).then((Node) bar).otherwise((Node) null));
        owner = menu;
        return menu;
    }

    private MenuItem item(String key, String id, EventHandler<ActionEvent> action) {
        MenuItem m = new MenuItem();
        m.textProperty().bind(i18n.text(key));
        m.setId(id);
        m.setOnAction(action);
        return m;
    }

    /** The node holding the lesson's panel: its pictures and its copy are taken from it. */
    public void panelIs(Node node) {
        panel = node;
    }

    /** Lets a saved run be dropped on {@code target} (the window's root). */
    public void acceptDrops(Node target) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            Dragboard db = e.getDragboard();
            boolean ok = db.hasFiles();
            if (ok) {
                dropped(db.getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Opens the one saved run dropped, or says why the drop is refused. */
    public void dropped(List<Path> files) {
        RunFiles.Drop d = this.files.drop(files);
        if (d.accepted() && d.python()) {
            runPython(d.file());
        } else if (d.accepted()) {
            open(d.file());
        } else {
            model.showNotice(Notice.error(d.refusal()));
        }
    }

    /** Asks for a Python program and runs it, traced (it runs its code, as the user asked). */
    public void chooseAndRunPython() {
        FileChooser c = chooser("menu.open_python");
        c.getExtensionFilters().add(filter(i18n.get("chooser.python"), "*" + RunFiles.PY));
        File f = c.showOpenDialog(window());
        if (f != null) {
            lastDir = f.toPath().toAbsolutePath().getParent();
            runPython(f.toPath());
        }
    }

    /** Runs a Python program in the window, traced live; the page that suits it shows it. */
    public void runPython(Path file) {
        model.runPython(file, List.of(), null);
    }

    private Window window() {
        return owner == null || owner.getScene() == null ? null : owner.getScene().getWindow();
    }

    private FileChooser chooser(String titleKey) {
        FileChooser c = new FileChooser();
        c.setTitle(i18n.get(titleKey));
        Path dir = lastDir != null ? lastDir : Path.of(System.getProperty("user.home", "."));
        if (Files.isDirectory(dir)) {
            c.setInitialDirectory(dir.toFile());
        }
        return c;
    }

    private static FileChooser.ExtensionFilter filter(String text, String... patterns) {
        return new FileChooser.ExtensionFilter(text, patterns);
    }

    private void chooseAndOpen() {
        FileChooser c = chooser("chooser.open");
        c.getExtensionFilters().addAll(filter(i18n.get("filter.runs"), "*" + RunFiles.RUN, "*" + RunFiles.JSON),
                filter(i18n.get("filter.all"), "*"));
        File f = c.showOpenDialog(window());
        if (f != null) {
            open(f.toPath());
        }
    }

    private Path chooseTarget(String titleKey, String filterKey, String extension) {
        TraceFile.Recording rec = model.recording();
        if (rec == null) {
            return null;
        }
        FileChooser c = chooser(titleKey);
        c.getExtensionFilters().add(filter(i18n.get(filterKey), "*" + extension));
        c.setInitialFileName(RunFiles.suggestedName(rec.lesson(), LocalDateTime.now(), extension));
        File f = saveDialog.apply(c);
        return f == null ? null : RunFiles.withExtension(f.toPath(), extension);
    }

    /** Whether the run shown is one that was saved since it ran. */
    public boolean shownRunSaved() {
        TraceFile.Recording rec = model.recording();
        return rec != null && rec.trace() == savedTrace;
    }

    /** Asks where, then saves the run shown (File, Save, Ctrl+S). */
    public void chooseAndSave() {
        if (model.canSaveProperty().get()) {
            Path p = chooseTarget("chooser.save", "filter.run", RunFiles.RUN);
            if (p != null) {
                save(p);
            }
        }
    }

    /** Asks where, then exports the whole timeline as PNG at {@code scale} (also Ctrl+E, at 2x). */
    public void chooseAndExportPng(int scale) {
        Path p = chooseTarget("chooser.png", "filter.png", RunFiles.PNG);
        if (p != null) {
            exportPng(p, scale);
        }
    }

    private void chooseAndExport(String titleKey, String filterKey, String extension,
            java.util.function.Function<Path, CompletableFuture<Void>> export) {
        Path p = chooseTarget(titleKey, filterKey, extension);
        if (p != null) {
            export.apply(p);
        }
    }

    private void chooseAndExportChrome() {
        Path p = chooseTarget("chooser.chrome", "filter.json", RunFiles.JSON);
        if (p != null) {
            exportChrome(p);
        }
    }

    /** Opens a saved run (read off the FX thread); a file that is not one leaves the window as it was. */
    public CompletableFuture<Void> open(Path file) {
        remember(file);
        return tracked(CompletableFuture.supplyAsync(() -> files.open(file), worker)).thenAcceptAsync(o -> {
            if (o.recording() != null) {
                model.open(o.recording(), file);
            } else {
                model.showNotice(Notice.error(o.error()));
            }
        }, Platform::runLater).whenComplete(this::unexpected);
    }

    /** Saves the run shown. */
    public CompletableFuture<Void> save(Path file) {
        return write(file, "save.failed", rec -> {
            files.save(rec, file);
            savedTrace = rec.trace();
            return i18n.get("save.done", file);
        });
    }

    /** Draws the whole timeline of the run shown into a PNG at {@code scale} (1 to 3). */
    public CompletableFuture<Void> exportPng(Path file, int scale) {
        return write(file, "export.failed", rec -> {
            BufferedImage img = files.png(rec, file, scale, i18n.lesson(rec.lesson(), "title"), LocalDateTime.now());
            return i18n.get("export.png_done", file, img.getWidth(), img.getHeight());
        });
    }

    /** Writes the run shown as a Chrome/Perfetto trace. */
    public CompletableFuture<Void> exportChrome(Path file) {
        return write(file, "export.failed", rec -> {
            files.chrome(rec, file);
            return i18n.get("export.chrome_done", file);
        });
    }

    /** Draws the whole timeline of the run shown into an SVG: vectors, text as text, a group per lane. */
    public CompletableFuture<Void> exportSvg(Path file) {
        return write(file, "export.failed", rec -> {
            double[] size = files.svg(rec, file, i18n.lesson(rec.lesson(), "title"), LocalDateTime.now());
            return i18n.get("export.svg_done", file, Math.round(size[0]), Math.round(size[1]));
        });
    }

    /**
     * The lesson's panel at the scrubber's moment into {@code file}: a PNG is the window's own
     * panel (a snapshot at 2x); an SVG is the panel drawn as vectors from the fold at that time.
     */
    public CompletableFuture<Void> exportPanel(Path file) {
        TraceFile.Recording rec = model.recording();
        if (rec == null) {
            return CompletableFuture.completedFuture(null);
        }
        String when = moment(rec);
        PanelExport.Options o = new PanelExport.Options(1, ExportTitle.panelTitle(i18n.lesson(rec.lesson(), "title"),
                when), i18n.locale(), PanelContent.usesPool(rec.trace().events()));
        // drawn here, on the FX thread, where the fold at the cursor lives; written on the worker
        String svg = PanelExport.isSvg(file) ? PanelExport.svg(model.shown(), o) : null;
        BufferedImage png = svg != null ? null : panel != null ? Pictures.toAwt(Pictures.snapshot(panel, 2))
                : PanelExport.render(model.shown(), new PanelExport.Options(2, o.title(), o.locale(), o.poolRun()));
        return write(file, "export.failed", r -> {
            if (svg != null) {
                byte[] bytes = svg.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                AtomicFile.write(file, out -> out.write(bytes));
            } else {
                PngExport.writeImage(png, file);
            }
            return i18n.get("export.panel_done", file, when);
        });
    }

    /** "350.0 ms / 1.329 s": the scrubber's time in the run shown. */
    private String moment(TraceFile.Recording rec) {
        long end = ProcessStates.ofRun(rec.trace()).endUs();
        return TimeAxis.format(Math.min(end, model.player().time())) + " / " + TimeAxis.format(end);
    }

    /**
     * Writes the replay of the run shown as an animated GIF (960x540, 10 frames a second, at the
     * replay's speed), the panel over the timeline; the File button shows the progress and the
     * notice the frames done, and "Stop writing the GIF" stops it (nothing is written then).
     */
    public CompletableFuture<Void> exportGif(Path file) {
        TraceFile.Recording rec = model.recording();
        if (rec == null) {
            return CompletableFuture.completedFuture(null);
        }
        if (gifWriting.get()) {
            model.showNotice(Notice.error(i18n.get("export.gif_busy")));
            return CompletableFuture.completedFuture(null);
        }
        double speed = Math.max(GifExport.MIN_SPEED, Math.min(GifExport.MAX_SPEED, model.player().speedProperty().get()));
        GifExport.Options o = new GifExport.Options(960, 540, speed, 10, GifExport.Parts.BOTH,
                ExportTitle.panelTitle(i18n.lesson(rec.lesson(), "title"), null), i18n.locale());
        int frames = GifExport.frameCount(ProcessStates.ofRun(rec.trace()).endUs(), speed, o.fps());
        gifCancel.set(false);
        gifWriting.set(true);
        gifProgress.set(0);
        return write(file, "export.failed", r -> {
            try {
                GifExport.Written w = GifExport.write(r.trace(), file, o, n -> Platform.runLater(() -> {
                    gifProgress.set(n / (double) frames);
                    model.showNotice(Notice.info(i18n.get("export.gif_progress", file.getFileName(), n, frames)));
                }), gifCancel::get);
                return i18n.get("export.gif_done", file, w.frames(), o.width(), o.height(), (w.bytes() + 1023) / 1024);
            } catch (GifExport.TooManyFrames e) {
                return i18n.get("export.gif_too_long", e.frames(), GifExport.MAX_FRAMES);
            } catch (java.io.InterruptedIOException e) {
                return i18n.get("export.gif_cancelled");
            }
        }).whenComplete((v, t) -> Platform.runLater(() -> gifWriting.set(false)));
    }

    /** Ctrl+Shift+C: the panel when the pointer is over it, else the whole timeline, as an image on the clipboard. */
    private void copy() {
        if (panel != null && panel.isHover()) {
            copyPanel();
        } else {
            copyTimeline();
        }
    }

    /** Puts the whole timeline (as the PNG export draws it, at 2x) on the clipboard. */
    public CompletableFuture<Void> copyTimeline() {
        TraceFile.Recording rec = model.recording();
        if (rec == null) {
            return CompletableFuture.completedFuture(null);
        }
        String lesson = i18n.lesson(rec.lesson(), "title");
        return CompletableFuture.supplyAsync(() -> {
            ProcessStates states = ProcessStates.ofRun(rec.trace());
            return PngExport.render(states, ExportTitle.options(states, 2, lesson, rec.settings(), LocalDateTime.now(),
                    i18n.locale()));
        }, worker).thenAcceptAsync(img -> {
            Pictures.copy(Pictures.toFx(img));
            model.showNotice(Notice.info(i18n.get("copy.timeline_done", img.getWidth(), img.getHeight())));
        }, Platform::runLater).whenComplete(this::unexpected);
    }

    /** Puts the lesson's panel, as the window shows it at the scrubber's moment (at 2x), on the clipboard. */
    public void copyPanel() {
        TraceFile.Recording rec = model.recording();
        if (rec == null || panel == null) {
            return;
        }
        Pictures.copy(Pictures.snapshot(panel, 2));
        model.showNotice(Notice.info(i18n.get("copy.panel_done", moment(rec))));
    }

    /** A write off the FX thread: its confirmation, or why it failed, becomes the notice. */
    private interface Write {
        String run(TraceFile.Recording rec) throws IOException;
    }

    private CompletableFuture<Void> write(Path file, String failedKey, Write w) {
        TraceFile.Recording rec = model.recording();
        if (rec == null) {
            return CompletableFuture.completedFuture(null);
        }
        remember(file);
        return tracked(CompletableFuture.supplyAsync(() -> {
            try {
                return Notice.info(w.run(rec));
            } catch (IOException | RuntimeException e) {
                String why = e instanceof IOException io ? files.reason(io) : String.valueOf(e.getMessage());
                return Notice.error(i18n.get(failedKey, file, why));
            }
        }, worker)).thenAcceptAsync(model::showNotice, Platform::runLater).whenComplete(this::unexpected);
    }

    /** A failure nobody foresaw: said in the notice, and in full on stderr for a bug report. */
    private void unexpected(Void done, Throwable t) {
        if (t != null) {
            Throwable cause = t instanceof java.util.concurrent.CompletionException && t.getCause() != null
                    ? t.getCause() : t;
            cause.printStackTrace();
            Platform.runLater(() -> model.showNotice(Notice.error(String.valueOf(cause))));
        }
    }

    private void remember(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            lastDir = dir;
        }
    }
}
