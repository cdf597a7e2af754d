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
}
