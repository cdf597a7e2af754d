package io.processlab.app;

import io.processlab.app.i18n.I18n;
import io.processlab.app.panels.LessonPage;
import io.processlab.app.panels.LessonPages;
import io.processlab.app.screenshots.ShotOptions;
import io.processlab.engine.ChildLauncher;
import io.processlab.study.KeptValues;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * What the window needs before it is built and that needs no toolkit: the launch's options, what
 * the window kept from the last launch, its texts in the chosen language, the lesson pages (each
 * built when first shown), the student's kept progress. {@link #begin} reads it on a thread of
 * its own while JavaFX starts its toolkit, when the FX thread does not exist yet and a core is
 * idle; the FX thread then takes it ({@link #take}) and goes straight to building the window.
 *
 * @param study where the Predict tab keeps the student's progress, or null (the screenshots)
 */
record WindowStart(ShotOptions shots, LaunchOptions options, WindowPrefs prefs, WindowPrefs.Kept kept, I18n i18n,
        List<LessonPage> pages, KeptValues study) {
    private static FutureTask<WindowStart> begun;
    private static List<String> begunFor;

    /** Reads everything now, on this thread. */
    static WindowStart read(List<String> args) {
        ChildLauncher.prepareCache(false); // none yet for this runtime: made beside the first runs, once
        ShotOptions shots = ShotOptions.wants(args) ? ShotOptions.parse(args) : null;
        LaunchOptions options = LaunchOptions.parse(shots == null ? args : List.of());
        // the screenshots and the tests never read or write the user's preferences
        WindowPrefs prefs = new WindowPrefs(shots == null ? WindowPrefs.user() : WindowPrefs.memory());
        WindowPrefs.Kept kept = prefs.load();
        I18n i18n = new I18n(shots != null ? shots.locale() : options.locale() != null ? options.locale()
                : kept.language() != null ? kept.language() : I18n.systemLocale());
        KeptValues study = null;
        if (shots == null) {
            study = KeptValues.studyPrefs();
            study.keys(); // read from the disk here rather than on the FX thread
        }
        return new WindowStart(shots, options, prefs, kept, i18n, LessonPages.create(i18n), study);
    }

    /** Starts reading for {@code args} on a daemon thread. */
    static synchronized void begin(List<String> args) {
        FutureTask<WindowStart> task = new FutureTask<>(() -> read(args));
        begun = task;
        begunFor = List.copyOf(args);
        Thread t = new Thread(task, "processlab-window-start");
        t.setDaemon(true);
        t.start();
    }

    /** What {@link #begin} read for these {@code args}, once it is read; else reads it now. */
    static WindowStart take(List<String> args) {
        FutureTask<WindowStart> task;
        synchronized (WindowStart.class) {
            task = args.equals(begunFor) ? begun : null;
            begun = null;
            begunFor = null;
        }
        if (task == null) {
            return read(args);
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return read(args);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
