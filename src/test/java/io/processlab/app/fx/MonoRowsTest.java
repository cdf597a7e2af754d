package io.processlab.app.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.view.TextParts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonoRowsTest {
    /** Rows are written joined by this, for the table. */
    private static final char ROW = '\u00b6';

    @ParameterizedTest(name = "{0} in {1} columns")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // JSON breaks after a comma or a colon, never inside a word
        "`{\"type\":\"spawn\",\"id\":\"tasks\"}` | 12 | `{\"type\":¶\"spawn\",¶\"id\":¶\"tasks\"}`",
        // a class path after a colon or a slash, a package name after a dot
        "`-cp target/classes:lib/gson.jar`      | 20 | `-cp¶target/classes:lib/¶gson.jar`",
        "`io.processlab.child.Main`             | 14 | `io.processlab.¶child.Main`",
        // words after a space, which the break takes the place of
        "`Starting PoolWorker-1 now`            | 12 | `Starting¶PoolWorker-1¶now`",
        // a text that fits, or a row too narrow to be worth breaking, stays as it is
        "`short`                                | 12 | `short`",
        "`abcdefghijklmnop`                     | 4  | `abcdefghijklmnop`",
        // a word with nowhere to break is cut where the row is full
        "`abcdefghijklmnop`                     | 8  | `abcdefgh¶ijklmnop`",
        // the spaces between a Wire line's sender and its JSON give their place to the break, no empty row
        "`to child Process-2 29153   {\"type\":1}` | 25 | `to child Process-2 29153¶{\"type\":1}`",
        // never inside "==" or "//"
        "`aaaa,bbbbbbbbbbbbbb==c`                | 20 | `aaaa,¶bbbbbbbbbbbbbb==c`",
    })
    void aLongLineBreaksAfterASpaceOrPunctuationNotInsideAWord(String text, int columns, String rows) {
        String got = MonoRows.rows(text, columns);
        assertEquals(rows, got.replace('\n', ROW));
        for (String row : TextParts.split(got, '\n')) {
            assertTrue(row.length() <= columns || columns < MonoRows.LEAST, row + " is wider than " + columns);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`ab,cd,ef,gh,ij\nxy` | `ab,cd,ef,¶gh,ij¶xy`",
        "`first line\nsecond` | `first line¶second`",
        "`\n\nabc`           | `¶¶abc`",
    })
    void aTextsOwnLineBreaksStayAndEachLineIsBrokenForItself(String text, String rows) {
        assertEquals(rows, MonoRows.rows(text, 10).replace('\n', ROW));
    }
}
