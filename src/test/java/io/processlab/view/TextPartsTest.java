package io.processlab.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextPartsTest {
    @ParameterizedTest(name = "''{0}'' cut at ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a,b,c  | , | [a, b, c]",
        "\"\"   | , | []",
        ",      | , | [, ]",
        "a,,b,  | , | [a, , b, ]",
        "x      | , | [x]",
    })
    void everySeparatorMakesOneMorePartEmptyOnesKept(String text, char c, String parts) {
        List<String> got = TextParts.split(text, c);
        assertEquals(parts, got.toString());
        assertEquals(text.chars().filter(x -> x == c).count() + 1, got.size());
    }

    /** A line of code too long for its pane, in rows: what the Code tab shows instead of scrolling sideways. */
    @ParameterizedTest(name = "''{0}'' in rows of {1}, then {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "tasks.join();                         | 20 | 16 | [tasks.join();]",
        "\"\"                                | 20 | 16 | []",
        "for (int i = 0; i < cfg.tasks(); i++) | 16 | 12 | [for (int i = 0; , i < , cfg.tasks(); , i++)]",
        "ends[0].send(sample.getValue())       | 12 | 10 | [ends[0]., send(, sample., getValue(), )]",
        "a b                                   | 3  | 3  | [a b]",
        "a bc                                  | 3  | 3  | [a , bc]",
        "abcdefgh                              | 3  | 3  | [abc, def, gh]",
        "f(g(),h)                              | 5  | 5  | [f(, g(),, h)]",
        "except E as r:  # pickle.Error        | 18 | 18 | [except E as r:  , # pickle.Error]",
        "x = 1  // the count                   | 10 | 10 | [x = 1  , // the , count]",
    })
    void aLongTextWrapsAfterItsLastSpaceThatFitsAndLosesNoCharacter(String text, int first, int rest, String rows) {
        List<String> got = TextParts.wrap(text, first, rest);
        assertEquals(rows, got.toString());
        assertEquals(text, String.join("", got));
        for (int i = 0; i < got.size(); i++) {
            assertEquals(true, got.get(i).stripTrailing().length() <= (i == 0 ? first : rest), got.get(i));
        }
    }

    @ParameterizedTest(name = "''{0}'' in rows of {1}")
    @CsvSource(delimiter = '|', value = {
        "this JVM started 197 ms ago | 20 | [this JVM started , 197 ms ago]",
        "waited 0.5 s for it         | 11 | [waited , 0.5 s for , it]",
        "grew by 36 MiB, then        | 13 | [grew by , 36 MiB, then]",
        "took 3 items                | 8  | [took 3 , items]",
    })
    void aNumberStaysWithItsUnit(String text, int width, String rows) {
        assertEquals(rows, TextParts.wrap(text, width, width).toString());
    }

    @org.junit.jupiter.api.Test
    void aQuotedNameBreaksAtNoDotOfItsOwn() {
        String line = "q.get(\"queue.result\");";
        List<String> got = TextParts.wrap(line, 16, 16);
        assertEquals(List.of("q.get(", "\"queue.result\");"), got);
        // a quoted text longer than a row breaks at its own punctuation all the same, never mid-word
        assertEquals(List.of("{\"path\":", "\"/home/user/", "lesson.py\"}"), TextParts.wrap("{\"path\":\"/home/user/lesson.py\"}", 12, 12, ",(.[:/"));
        // an escaped quote does not end the string
        assertEquals(List.of("x(", "\"a\\\".b\")"), TextParts.wrap("x(\"a\\\".b\")", 8, 8));
    }

    /** A value in brackets goes down whole where a break before it serves; a path breaks at a separator, not at a dot. */
    @ParameterizedTest(name = "''{0}'' in rows of {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'counter': 3, 'list': [1, 2, 3, 4, 5, 6]}                | 38 | [{'counter': 3, , 'list': [1, 2, 3, 4, 5, 6]}]",
        "counter=3 list=[1, 2, 3]                                   | 18 | [counter=3 , list=[1, 2, 3]]",
        "the parent set it (before the spawn) to 42                 | 30 | [the parent set it , (before the spawn) to 42]",
        "-cp processlab-core.jar:gson-2.13.2.jar                    | 34 | [-cp , processlab-core.jar:, gson-2.13.2.jar]",
        "BuiltinTargets,io.processlab.lessons                       | 24 | [BuiltinTargets,, io.processlab.lessons]",
    })
    void aBreakFallsOutsideBracketsAndAtASeparatorBeforeADot(String text, int width, String rows) {
        List<String> got = TextParts.wrap(text, width, width, ",(.[:/=");
        assertEquals(rows, got.toString());
        assertEquals(text, String.join("", got));
    }
}
