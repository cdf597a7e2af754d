package io.processlab.app.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a program's lines become the Code tab's rows at a pane's width in characters. */
class CodeLinesTest {
    /** A statement four levels deep (16 spaces), 33 characters long. */
    private static final List<String> DEEP = List.of("                ends[0].send(sample.getValue());");

    @ParameterizedTest(name = "{0} columns: indentation {1}, {2} row(s)")
    @CsvSource({
        "46, 8, 1",   // a pane at 1280x720: the indentation halved, the statement on one row
        "59, 8, 1",
        "60, 16, 1",  // wide enough: the indentation as written
        "30, 8, 2"})  // narrower still: halved, and the statement goes on in a further row
    void aNarrowPaneHalvesTheIndentationSoThatADeepStatementKeepsToOneRow(int columns, int indent, int rows) {
        List<CodeLines.Row> out = CodeLines.rows(DEEP, columns);
        assertEquals(rows, out.size(), out.toString());
        assertEquals(indent, out.get(0).indent().length());
        assertEquals(1, out.get(0).line());
    }
}
