package io.processlab.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The window bench, small: the real window runs a lesson, resets, and says its memory at each step (no figure is checked). */
class WindowBenchTest {
    @BeforeAll
    static void startFx() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @Test
    void runsTheLessonTheTimesAskedThenResetsAndReportsTheMemoryOfEachStep() throws Exception {
        JsonObject r = WindowBench.run(new WindowBench.Options("process", 2, false, Locale.ENGLISH));
        assertEquals("process", r.get("lesson").getAsString());
        assertEquals(2, r.getAsJsonArray("after_each_run").size(), r.toString());
        for (String step : List.of("fresh", "after_reset", "after_reset_and_gc")) {
            JsonObject m = r.getAsJsonObject(step);
            assertTrue(m.get("heap_used_mb").getAsLong() <= m.get("heap_committed_mb").getAsLong(), step + ": " + m);
        }
        assertTrue(r.get("live_heap_after_full_gc_mb").getAsLong() > 0, r.toString());
    }

    @Test
    void theSettingsGivenAreTheOnesTheRunUses() throws Exception {
        com.google.gson.JsonObject settings = io.processlab.lessons.Settings.parsePairs(
                io.processlab.lessons.course.Lessons.byId("pool").orElseThrow().settings(), List.of("items=37")).toJson();
        JsonObject r = WindowBench.run(new WindowBench.Options("pool", 1, false, Locale.ENGLISH, null, null, settings));
        assertEquals(37, r.getAsJsonObject("settings").get("items").getAsInt(), r.toString());
        assertEquals(1, r.getAsJsonArray("after_each_run").size(), r.toString());
    }

    @Test
    void aLessonThatIsNotThereIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> WindowBench.run(new WindowBench.Options("nosuchlesson", 1, false, Locale.ENGLISH)));
    }

    static List<List<String>> wrongArguments() {
        return List.of(List.of("--runs", "two"), List.of("--runs", "-1"), List.of("--colour"),
                List.of("--lesson", "pool", "--set", "items=-5"), List.of("--lesson", "pool", "--set", "colour=red"));
    }

    @ParameterizedTest
    @MethodSource("wrongArguments")
    void aWrongArgumentGetsTheUsageAndExitCodeTwo(List<String> wrong) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("bench", "--window"));
        args.addAll(wrong);
        int code = WindowBench.main(args, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("bench --window: "), err.toString(StandardCharsets.UTF_8));
    }
}
