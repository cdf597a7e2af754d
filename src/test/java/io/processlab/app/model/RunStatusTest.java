package io.processlab.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.processlab.app.i18n.I18n;
import io.processlab.app.panels.LessonPage;
import io.processlab.view.Units;
import io.processlab.view.objects.ObjectsModel;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The commands and the status line, from the facts alone: no run, no window. */
class RunStatusTest {
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final RunStatus status = new RunStatus(i18n);
    private final LessonPage queue = new FakePage("queue");
    private final SettingsViewModel sheet = new SettingsViewModel(queue.lesson(), i18n);

    private RunStatus.Facts facts(RunState state, boolean saveable, boolean opened) {
        return new RunStatus.Facts(state, queue, sheet, saveable, opened, new ObjectsModel(), "a child crashed", 2_500_000);
    }

    @ParameterizedTest(name = "{0} saveable={1}")
    @CsvSource({
        "IDLE,     false, true,  false, true,  true,  false",
        "IDLE,     true,  true,  false, true,  true,  true",
        "RUNNING,  true,  false, true,  false, false, false",
        "STOPPING, true,  false, false, false, false, false",
        "DONE,     true,  true,  false, true,  true,  true",
        "FAILED,   false, true,  false, true,  true,  false",
        "STOPPED,  true,  true,  false, true,  true,  true",
    })
    void eachStateAllowsItsCommands(RunState state, boolean saveable, boolean run, boolean stop, boolean reset,
                                    boolean choose, boolean save) {
        status.update(facts(state, saveable, false));
        assertEquals(run, status.canRunProperty().get(), "run");
        assertEquals(stop, status.canStopProperty().get(), "stop");
        assertEquals(reset, status.canResetProperty().get(), "reset");
        assertEquals(choose, status.canChooseLessonProperty().get(), "choose a lesson");
        assertEquals(save, status.canSaveProperty().get(), "save");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "RUNNING | false | “Queues: workers share the work” running for 2.5_s; 0 of 0 child processes alive",
        "DONE    | false | “Queues: workers share the work” finished in 2.5_s; no child process was started.",
        "FAILED  | false | The run failed: a child crashed",
        "IDLE    | true  | Saved run of “Queues: workers share the work”, 2.5_s, 0 child processes.",
        "IDLE    | false | Check the settings of “Queues: workers share the work” and press Run.",
    })
    void theStatusLineSaysWhatGoesOnNamingTheLessonInQuotes(RunState state, boolean opened, String line) {
        status.update(facts(state, true, opened));
        assertEquals(seconds(line), status.statusProperty().get());
    }

    /** {@code line} with "_s" written as the window writes a value's unit: after a no-break space. */
    private static String seconds(String line) {
        return line.replace("_s", String.valueOf(Units.NO_BREAK) + "s");
    }

    @Test
    void aWrongSettingDisablesRunAndTheStatusSaysWhyInTheWindowsLanguage() {
        sheet.field("tasks").textProperty().set("lots");
        status.update(facts(RunState.IDLE, false, false));
        assertEquals(false, status.canRunProperty().get());
        assertEquals("Fix the settings to run: Tasks: Type a whole number, 0 to 1000.", status.statusProperty().get());
        i18n.setLocale(I18n.PORTUGUESE);
        status.update(facts(RunState.DONE, false, false));
        assertEquals(seconds("“Filas: trabalhadores dividem o trabalho” terminou em 2,5_s; nenhum processo filho foi criado."),
                status.statusProperty().get());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | “Queues: workers share the work” finished in 2.5_s: only the timeout broke the deadlock.",
        "pt | “Filas: trabalhadores dividem o trabalho” terminou em 2,5_s: só o tempo limite desfez o deadlock.",
    })
    void aRunWhoseDeadlockOnlyATimeoutBrokeIsNotSaidToHaveEndedWell(String lang, String line) {
        ObjectsModel m = io.processlab.view.objects.Events.of().child(1, "w").child(2, "w")
                .e(1, "acquired", "A", null).e(2, "acquired", "B", null)
                .e(1, "acquire-wait", "B", null).e(2, "acquire-wait", "A", null)
                .e(2, "deadlock", null, "P2 (2) -> P1 (1) -> P2")
                .e(1, "acquire-timeout", "B", null).fold();
        i18n.setLocale(io.processlab.api.Texts.locale(lang));
        status.update(new RunStatus.Facts(RunState.DONE, queue, sheet, true, false, m, null, 2_500_000));
        assertEquals(seconds(line), status.statusProperty().get());
    }

    @Test
    void aRunCannotStartWithoutALesson() {
        status.update(new RunStatus.Facts(RunState.IDLE, null, null, false, false, new ObjectsModel(), null, 0));
        assertEquals(false, status.canRunProperty().get());
        assertEquals("Pick a lesson, check its settings, press Run.", status.statusProperty().get(), "no lesson to name");
    }
}
