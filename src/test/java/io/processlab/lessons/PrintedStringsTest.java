package io.processlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.testing.PythonTwin;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A printed string's Portuguese twin ({@code #pt-print:}): applied to exactly the literal it stands for, and only when whole. */
class PrintedStringsTest {
    private static final Locale PT = Locale.forLanguageTag("pt-BR");

    private static Locale language(String lang) {
        return "pt".equals(lang) ? PT : Locale.ENGLISH;
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
        "'print(\"Parent done\")  #pt-print: \"Pai terminou\"' | en | 'print(\"Parent done\")'",
        "'print(\"Parent done\")  #pt-print: \"Pai terminou\"' | pt | 'print(\"Pai terminou\")'",
        "'print(\"Result:\", q.get())  # step: main.results #pt-print: \"Resultado:\"' | pt | 'print(\"Resultado:\", q.get())  # step: main.results'",
        "'print(\"Result:\", q.get())  # step: main.results #pt-print: \"Resultado:\"' | en | 'print(\"Result:\", q.get())  # step: main.results'",
        "'print(\"spam\", \"spam\")  #pt-print: \"ovos\"' | pt | 'print(\"ovos\", \"spam\")'",
        "'    print(f\"{me}: leaving\")  #pt-print: f\"{me}: saindo\"' | pt | '    print(f\"{me}: saindo\")'",
        "'print(f\"{a} of {b}\")  #pt-print: f\"{b}: {a}\"' | pt | 'print(f\"{b}: {a}\")'",
        "'print(f\"{x:.2f} s\")  #pt-print: F\"{x:.2f} segundos\"' | pt | 'print(F\"{x:.2f} segundos\")'",
        "'print(\"it\")  #pt-print: ''diz \"isso\"''' | pt | 'print(''diz \"isso\"'')'",
        "'print(\"say \\\"hi\\\"\", x)  #pt-print: \"diga \\\"oi\\\"\"' | pt | 'print(\"diga \\\"oi\\\"\", x)'",
        "'who_am_i(\"Function call\", lock)  #pt-print: \"Chamada da função\"' | pt | 'who_am_i(\"Chamada da função\", lock)'",
        "'print(\"x\")  # say it #pt: diga #pt-print: \"y\"' | pt | 'print(\"y\")  # say it #pt: diga'",
        "'print(\"x\")  # say it #pt: diga #pt-print: \"y\"' | en | 'print(\"x\")  # say it #pt: diga'",
        "'print(\"x\")  # only a comment' | pt | 'print(\"x\")  # only a comment'",
        "'x = \"#pt-print: \\\"in a string\\\"\"' | pt | 'x = \"#pt-print: \\\"in a string\\\"\"'",
        "'no literal, no comment' | pt | 'no literal, no comment'",
    })
    void theTwinReplacesTheLinesFirstLiteralInPortugueseAndIsLeftOutInEnglish(String line, String lang, String expected) {
        assertEquals(expected, PrintedStrings.in(line, language(lang)));
        assertNull(PrintedStrings.problem(line), line);
    }

    /** A bad annotation is left as written, a comment, in both languages: the code keeps its English literal. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "'print(\"x\")  #pt-print: \"y' | not one single-line string literal",
        "'print(\"x\")  #pt-print: y' | not one single-line string literal",
        "'print(\"x\")  #pt-print:' | not one single-line string literal",
        "'print(\"x\")  #pt-print: \"\"\"y\"\"\"' | not one single-line string literal",
        "'print(\"x\")  #pt-print: \"y\"  # more' | something follows",
        "'print(x)  #pt-print: \"y\"' | no single-line string literal to replace",
        "'print(\"\"\"x\"\"\")  #pt-print: \"y\"' | no single-line string literal to replace",
        "'print(f\"{a}\")  #pt-print: \"a\"' | the prefixes differ",
        "'print(\"a\")  #pt-print: f\"{a}\"' | the prefixes differ",
        "'print(f\"{a} and {b}\")  #pt-print: f\"{a} e {c}\"' | fields differ",
        "'print(f\"{a} and {b}\")  #pt-print: f\"{a} e\"' | fields differ",
        "'print(f\"{a}\")  #pt-print: f\"{a\"' | fields differ",
    })
    void aBadAnnotationChangesNothingAndSaysWhy(String line, String why) {
        assertEquals(line, PrintedStrings.in(line, PT));
        assertEquals(line, PrintedStrings.in(line, Locale.ENGLISH));
        String problem = PrintedStrings.problem(line);
        assertNotNull(problem, line);
        assertTrue(problem.contains(why), problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'{k} process(es): {secs:.2f} s' | 'k,secs:.2f'",
        "'{{literal}} {x!r} }}' | 'x!r'",
        "'{x:{width}}' | 'x:{width}'",
        "'no fields' | ''",
    })
    void anFStringsFieldsAreWhatStandsBetweenItsBraces(String body, String fields) {
        assertEquals(fields.isEmpty() ? List.of() : List.of(fields.split(",")), PrintedStrings.fields(body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'if\"x\": pass' | ''",
        "'x = a or\"x\"' | ''",
        "'print(rb\"x\")' | rb",
        "'print(f\"x\")' | f",
    })
    void aPrefixIsTheLettersBeforeTheQuoteUnlessTheyEndAName(String code, String prefix) {
        assertEquals(prefix == null ? "" : prefix, PrintedStrings.first(code).prefix());
    }

    /**
     * A program with whole and bad annotations, written out for Portuguese and run by the real
     * python3: it runs, the whole annotation's line prints Portuguese, the bad ones English.
     */
    @Test
    void aProgramWithBadAnnotationsStillRunsAndPrintsEnglishWhereTheyAre() throws Exception {
        String program = String.join("\n",
                "import sys  #pt-print: \"nothing to replace\"",
                "x = 3",
                "print(\"whole\")  #pt-print: \"inteira\"",
                "print(f\"{x} left\")  #pt-print: f\"{y} restam\"",
                "print(\"open\")  #pt-print: \"aberta",
                "print(\"tail\")  #pt-print: \"cauda\" and more",
                "print(f\"{x} times\")  # step: main.times #pt-print: f\"{x} vezes\"",
                "");
        String pt = Listing.fromSources("", program, PT).python();
        assertEquals(program.split("\n").length, pt.split("\n").length, "one line stays one line:\n" + pt);
        assertEquals(List.of("inteira", "3 left", "open", "tail", "3 vezes"), PythonTwin.runText("bad.py", pt).out());
        assertEquals(List.of("whole", "3 left", "open", "tail", "3 times"), PythonTwin.runText("bad.py", program).out());
    }
}
