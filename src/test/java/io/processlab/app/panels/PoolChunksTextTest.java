package io.processlab.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the pool panel lists beside a worker: its chunks, or the first of them and how many more. */
class PoolChunksTextTest {
    private static List<String> chunks(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("[" + i + "]");
        }
        return out;
    }

    @ParameterizedTest(name = "{0} chunks")
    @CsvSource(delimiter = '|', value = {
        "1   | [0]",
        "4   | [0] [1] [2] [3]",
        "5   | [0] [1] [2] [3] \u2026 (+1)",
        "582 | [0] [1] [2] [3] \u2026 (+578)",
    })
    void aLongListOfChunksShowsTheFirstAndHowManyMore(int n, String shown) {
        assertEquals(shown, PoolLessonView.chunks(chunks(n)));
    }
}
