package io.processlab.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When the rounds show no speed-up, the cores panel says why from what the run measured. */
class CoresConditionsTest {
    private static CoresLessonViewModel.Round round(int k, double speedup) {
        return new CoresLessonViewModel.Round(k, "5133", 1.0 / speedup, speedup, List.of());
    }

    @ParameterizedTest(name = "{0} cores, load {1}, speed-up {2} -> {3}")
    @CsvSource(nullValues = "none", value = {
        "2, 0.3, 1.9, none",
        "2, 0.3, 1.45, none",
        "2, 2.1, 1.21, busy",
        "2, 1.74, 1.02, busy",
        "2, 1.0, 1.1, busy",
        "2, 0.9, 1.1, small",
        "2, 0.5, 1.3, small",
        "4, 0.3, 1.3, small",
        "2, 5.0, 0.84, busy",
        "2, 0.4, 0.95, small",
        "1, 0.2, 1.0, one_core",
        "2, -1, 0.9, small",
    })
    void saysWhyWhenNoSpeedUpShows(int cores, double load, double speedup, String reason) {
        CoresLessonViewModel.Conditions c = CoresLessonViewModel.conditions(
                Map.of("cores.available", (double) cores, "cores.load_start", load, "cores.load_end", load),
                List.of(round(1, 1.0), round(2, speedup)));
        assertEquals(reason, c.reason());
        assertEquals(cores, c.available());
        assertEquals(load, c.load());
    }

    @org.junit.jupiter.api.Test
    void saysNothingBeforeTheRunToldItsCores() {
        assertNull(CoresLessonViewModel.conditions(Map.of(), List.of(round(1, 1.0))));
    }
}
