package io.processlab.view.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReprTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "[0, 1, 2]|0;1;2|true",
        "['a, b', 'c']|'a, b';'c'|true",
        "[[1, 2], {'k': 3}]|[1, 2];{'k': 3}|true",
        "[]||true",
        "[0, 1, 2, 3...|0;1;2|false",
        "[0, 1, ...|0;1|false",
    })
    void listsAreSplitAtTheTopLevelAndACutTailIsDropped(String text, String expected, boolean complete) {
        List<String> out = new ArrayList<>();
        assertEquals(complete, Repr.list(text, 1, out));
        assertEquals(expected == null ? List.of() : List.of(expected.split(";")), out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Consumer-1 (4242): queue.consumer|4242|Consumer-1|queue.consumer",
        "not-block (17): event.wait_timeout|17|not-block|event.wait_timeout",
    })
    void spawnDetailsGiveNamePidAndTarget(String detail, long pid, String name, String target) {
        assertEquals(pid, Repr.pidOf(detail));
        assertEquals(name, Repr.nameOf(detail));
        assertEquals(target, Repr.targetOf(detail));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{'job': 2, 'chunk': 5, 'fn': 'pool.calculate', 'items': [10, 11]}|2|5|10;11|true",
        "{'job': 1, 'chunk': 0, 'fn': 'pool.calculate', 'items': [0, 1, 2, 3, 4, 5, 6, 7, 8...|1|0|0;1;2;3;4;5;6;7|false",
    })
    void poolTasksAreRead(String detail, int job, int chunk, String items, boolean complete) {
        Repr.PoolMessage m = Repr.poolMessage(detail);
        assertEquals(job, m.job());
        assertEquals(chunk, m.chunk());
        assertEquals(List.of(items.split(";")), m.items());
        assertEquals(complete, m.complete());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"{'a': 1, 'b': 1}", "None", "'text'"})
    void otherItemsAreNotPoolMessages(String detail) {
        assertNull(Repr.poolMessage(detail));
    }
}
