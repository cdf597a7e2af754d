package io.processlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.lessons.course.Lessons;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CommentsTest {
    private static final Locale PT = Locale.forLanguageTag("pt-BR");

    @ParameterizedTest(name = "{0} in {2}")
    @CsvSource(delimiter = '|', value = {
        "x = 1  # the first #pt: o primeiro | #  | en | x = 1  # the first",
        "x = 1  # the first #pt: o primeiro | #  | pt | x = 1  # o primeiro",
        "# a whole line #pt: uma linha inteira | # | pt | # uma linha inteira",
        "'    # indented #pt: recuado' | # | pt | '    # recuado'",
        "call(); // once //pt: uma vez | // | pt | call(); // uma vez",
        "call(); // once //pt: uma vez | // | en | call(); // once",
        "x = 1  # only English | # | pt | x = 1  # only English",
        "no comment at all | # | pt | no comment at all",
    })
    void aCommentIsReadInTheChosenLanguageOnTheSameLine(String line, String start, String lang, String expected) {
        assertEquals(expected, Comments.in(line, start.strip(), "pt".equals(lang) ? PT : Locale.ENGLISH));
    }

    static Stream<Lesson> lessons() {
        return Lessons.all().stream();
    }

    /**
     * Every lesson's listing read in Portuguese has its comments in Portuguese wherever the file
     * gives a twin, shows no twin marker in either language, and keeps the lines where they are
     * (a Python run's line numbers are the file's).
     */
    @ParameterizedTest
    @MethodSource("lessons")
    void aListingInPortugueseKeepsItsLinesAndShowsNoMarker(Lesson lesson) {
        Listing en = Listing.of(lesson, Locale.ENGLISH);
        Listing pt = Listing.of(lesson, PT);
        for (Listing l : new Listing[] {en, pt}) {
            assertFalse(l.python().contains("#pt:") || l.java().contains("//pt:"), lesson.id());
        }
        assertEquals(en.python().split("\n", -1).length, pt.python().split("\n", -1).length);
        assertEquals(en.java().split("\n", -1).length, pt.java().split("\n", -1).length);
        assertEquals(en.pythonLines(), pt.pythonLines());
        assertEquals(en.javaLines(), pt.javaLines());
        assertTrue(pt.python().startsWith("# ProcessLab: a "), pt.python().lines().findFirst().orElse(""));
        assertTrue(en.python().startsWith("# ProcessLab: the "), en.python().lines().findFirst().orElse(""));
    }
}
