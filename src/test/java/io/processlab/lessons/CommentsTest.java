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
        "x = 1  #pt: um | # | pt | x = 1  # um",
        "x = 1  #pt: um | # | en | x = 1",
        "x = 1  #the first #pt: o primeiro | # | pt | x = 1  # o primeiro",
        "x = 1  # count # of items #pt: conta | # | pt | x = 1  # conta",
        "'print(\"#pt: in a string\")  # prints #pt: imprime' | # | en | 'print(\"#pt: in a string\")  # prints'",
        "'print(\"#pt: in a string\")  # prints #pt: imprime' | # | pt | 'print(\"#pt: in a string\")  # imprime'",
        "'String u = \"http://pt:8080\";' | // | en | 'String u = \"http://pt:8080\";'",
        "'s = \"it\\\"s # no\"  # yes #pt: sim' | # | pt | 's = \"it\\\"s # no\"  # sim'",
    })
    void aCommentIsReadInTheChosenLanguageOnTheSameLine(String line, String start, String lang, String expected) {
        assertEquals(expected, Comments.in(line, start.strip(), "pt".equals(lang) ? PT : Locale.ENGLISH));
    }

    /**
     * Line by line, the two texts hold the same code: only what follows a comment's opening differs,
     * and in Python a line's first string literal (its printed string, {@link PrintedStrings}).
     */
    private static void sameCode(String en, String pt, String start, String where) {
        String[] a = en.split("\n", -1);
        String[] b = pt.split("\n", -1);
        assertEquals(a.length, b.length, where);
        for (int i = 0; i < a.length; i++) {
            assertEquals(code(a[i], start), code(b[i], start), where + " line " + (i + 1));
        }
    }

    private static String code(String line, String start) {
        int at = Comments.opening(line, start);
        String code = (at < 0 ? line : line.substring(0, at)).stripTrailing();
        PrintedStrings.Literal printed = "#".equals(start) ? PrintedStrings.first(code) : null;
        return printed == null ? code : code.substring(0, printed.from()) + "\"…\"" + code.substring(printed.to());
    }

    static Stream<Lesson> lessons() {
        return Lessons.all().stream();
    }

    /**
     * Every lesson's listing read in Portuguese has its comments in Portuguese wherever the file
     * gives a twin, shows no twin marker (of a comment or a printed string) in either language, and
     * keeps the lines where they are (a Python run's line numbers are the file's).
     */
    @ParameterizedTest
    @MethodSource("lessons")
    void aListingInPortugueseKeepsItsLinesAndShowsNoMarker(Lesson lesson) {
        Listing en = Listing.of(lesson, Locale.ENGLISH);
        Listing pt = Listing.of(lesson, PT);
        for (Listing l : new Listing[] {en, pt}) {
            assertFalse(l.python().contains("#pt:") || l.java().contains("//pt:"), lesson.id());
            assertFalse(l.python().contains(PrintedStrings.MARKER), lesson.id());
        }
        assertEquals(en.pythonLines(), pt.pythonLines(), "the step markers keep their lines in Portuguese");
        sameCode(en.python(), pt.python(), "#", lesson.id() + ".py");
        sameCode(en.java(), pt.java(), "//", lesson.id() + ".java");
        assertTrue(pt.python().startsWith("# ProcessLab: a "), pt.python().lines().findFirst().orElse(""));
        assertTrue(en.python().startsWith("# ProcessLab: the "), en.python().lines().findFirst().orElse(""));
    }
}
