package io.processlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.processlab.api.Texts;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import io.processlab.trace.TraceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Version-1 files only: which lesson text a printed line is, read back from the bundle's patterns. */
class PrintedTextsTest {
    private static String t(String lang, String key, Object... args) {
        return Texts.get(Texts.locale(lang), key, args);
    }

    @Test
    void aPatternBecomesAnExpressionWithOneGroupPerArgument() {
        assertEquals("^\\Qa \\E(?<a0>.*?)\\Q's \\E(?<a1>.*?)$", PrintedTexts.regex("a {0}''s {1}"));
    }

    @Test
    void aLineInEitherLanguageGivesItsKeyAndArgumentsAndOtherLinesNothing() {
        PrintedTexts p = new PrintedTexts();
        assertEquals(new Fields.Said("cores.round", List.of("3", "7", "1.5", "0.5", "[1]")),
                p.said(t("pt", "cores.v1.round", 3, 7, "1.5", "0.5", "[1]")));
        assertEquals(new Fields.Said("cores.round", List.of("3", "7", "1.5", "0.5", "[1]")),
                p.said(t("en", "cores.v1.round", 3, 7, "1.5", "0.5", "[1]")));
        assertEquals(new Fields.Said("spawn.parent_me", List.of("100", "42")), p.said("Pai: pid=100, marcador est\u00e1tico=42"),
                "a line of a version-1 file in the words it wrote then");
        assertNull(p.said("3 primes"));
        assertNotNull(p.said(t("en", "spawn.message", "{}")), "a pattern with an apostrophe written '' matches its text");
    }

    @Test
    void aVersion1FilesPrintGetsItsKeyWhenItIsRead() {
        String line = t("en", "isolation.sent_back", "[1, 2]");
        TraceEvent e = TraceFile.withVersion1Fields(List.of(new TraceEvent(1, 2, "MainProcess", Kinds.PRINT, null, null,
                line, 0))).get(0);
        assertEquals(new Fields.Said("isolation.sent_back", List.of("[1, 2]")), e.fields());
    }
}
