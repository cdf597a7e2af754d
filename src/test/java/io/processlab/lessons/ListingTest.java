package io.processlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.lessons.course.Lessons;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ListingTest {
    static Stream<Lesson> lessons() {
        return Lessons.all().stream();
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyStepMarkerHasALineInJavaAndInPython(Lesson lesson) {
        Listing l = Listing.of(lesson);
        assertFalse(l.javaLines().isEmpty(), "no step markers in the Java of " + lesson.id());
        assertEquals(l.javaLines().keySet(), l.pythonLines().keySet(),
                "Java and Python of " + lesson.id() + " mark different steps");
        assertFalse(l.java().contains(".step("), "step calls must be cut out of the shown Java");
        assertFalse(l.python().contains("# step:"), "step comments must be cut out of the shown Python");
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void markedLinesAreTheStatementsThatFollowTheMarkers(Lesson lesson) {
        Listing l = Listing.of(lesson);
        String[] java = l.java().split("\n");
        for (Map.Entry<String, Integer> e : l.javaLines().entrySet()) {
            String line = java[e.getValue() - 1].strip();
            assertFalse(line.isEmpty() || line.startsWith("}"), e.getKey() + " points at '" + line + "'");
            // a block's opening ("try {") is not an operation: the two sides would not agree
            assertFalse(line.matches("(try|else|do|finally)\\s*\\{"), e.getKey() + " points at '" + line + "'");
        }
    }

    @Test
    void theSendingDemoHighlightsTheSendOnBothSides() {
        Listing l = Listing.of(Lessons.byId("sending").orElseThrow());
        int j = l.javaLines().get("main.send");
        int p = l.pythonLines().get("main.send");
        assertTrue(l.java().split("\n")[j - 1].contains(".send("), l.java().split("\n")[j - 1]);
        assertTrue(l.python().split("\n")[p - 1].contains(".send("), l.python().split("\n")[p - 1]);
    }

    @Test
    void aStepMarkerBeforeAPrintedStringsTwinMarksThePrintInEitherLanguage() {
        Lesson pipe = Lessons.byId("pipe").orElseThrow();
        for (Map.Entry<java.util.Locale, String> e : Map.of(java.util.Locale.ENGLISH, "print(\"Parent received:\", mine.recv())",
                java.util.Locale.forLanguageTag("pt-BR"), "print(\"Pai recebeu:\", mine.recv())").entrySet()) {
            Listing l = Listing.of(pipe, e.getKey());
            assertEquals(e.getValue(), l.python().split("\n")[l.pythonLines().get("main.recv1") - 1].strip(), e.getKey().toString());
        }
    }

    @Test
    void cutsSnippetsInOrderDedentsThemAndMapsMarkers() {
        String src = String.join("\n",
                "class X {",
                "    // snippet:a",
                "    void a() {",
                "        self.step(\"a.first\");",
                "        one();",
                "    }",
                "    // end:a",
                "    void hidden() {}",
                "    // snippet:b",
                "    void b() {",
                "        main.step(\"b.x\");",
                "        two();",
                "    }",
                "    // end:b",
                "}");
        String py = "def a():\n    one()  # step: a.first\n    two()  # step: b.x\n";
        Listing l = Listing.fromSources(src, py);
        assertEquals("void a() {\n    one();\n}\n\nvoid b() {\n    two();\n}\n", l.java());
        assertEquals(Map.of("a.first", 2, "b.x", 6), l.javaLines());
        assertEquals(Map.of("a.first", 2, "b.x", 3), l.pythonLines());
        assertTrue(l.python().contains("    one()\n"));
    }

    @Test
    void aSnippetWithoutEndIsRefused() {
        assertThrows(IllegalStateException.class,
                () -> Listing.fromSources("// snippet:a\nx();\n", ""));
    }
}
