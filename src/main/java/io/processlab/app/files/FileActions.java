package io.processlab.app.files;

import io.processlab.app.i18n.I18n;
import io.processlab.app.model.MainViewModel;
import io.processlab.app.model.Notice;
import io.processlab.trace.TraceFile;
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
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The File menu (Open run, Save run, the exports; Ctrl+O and Ctrl+S), the file choosers, and
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

    public FileActions(MainViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.files = new RunFiles(i18n);
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
        MenuButton menu = new MenuButton();
        menu.textProperty().bind(i18n.text("menu.file"));
        menu.setId("file-menu");
        menu.getStyleClass().add("tool-button");
        menu.getItems().addAll(open, openPython, save, new SeparatorMenuItem(), png, chrome);
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
        if (model.canRunProperty().get()) {
            model.showNotice(Notice.info(i18n.get("drop.python", file.getFileName())));
        }
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
        File f = c.showSaveDialog(window());
        return f == null ? null : RunFiles.withExtension(f.toPath(), extension);
    }

    private void chooseAndSave() {
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

    private void chooseAndExportChrome() {
        Path p = chooseTarget("chooser.chrome", "filter.json", RunFiles.JSON);
        if (p != null) {
            exportChrome(p);
        }
    }

    /** Opens a saved run (read off the FX thread); a file that is not one leaves the window as it was. */
    public CompletableFuture<Void> open(Path file) {
        remember(file);
        return CompletableFuture.supplyAsync(() -> files.open(file), worker).thenAcceptAsync(o -> {
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
        return CompletableFuture.supplyAsync(() -> {
            try {
                return Notice.info(w.run(rec));
            } catch (IOException | RuntimeException e) {
                String why = e instanceof IOException io ? files.reason(io) : String.valueOf(e.getMessage());
                return Notice.error(i18n.get(failedKey, file, why));
            }
        }, worker).thenAcceptAsync(model::showNotice, Platform::runLater).whenComplete(this::unexpected);
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
