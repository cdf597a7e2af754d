package io.processlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.lessons.course.Lessons;
import io.processlab.testing.NoChildrenLeft;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Case 9 of issue 6 on the command line: a wrong {@code run} line exits 2 with one line that
 * names what is wrong and what is allowed, and starts no process.
 */
@ExtendWith(NoChildrenLeft.class)
class CommandLineFaultTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "run                                  | run: name a lesson: LESSONS",
        "run fork                             | run: unknown lesson 'fork'; the lessons are: LESSONS",
        "run queue --set                      | run: --set needs a value",
        "run queue --set workers=3            | run queue: unknown setting 'workers'; the settings are: consumers, tasks, task_seconds",
        "run queue --set consumers            | run queue: malformed setting 'consumers': write KEY=VALUE, one of: consumers, tasks, task_seconds",
        "run queue --set consumers=0          | run queue: setting 'consumers': '0' is out of range; allowed: 1 to 64",
        "run queue --set consumers=65         | run queue: setting 'consumers': '65' is out of range; allowed: 1 to 64",
        "run queue --set consumers=many       | run queue: setting 'consumers': 'many' is not a whole number; allowed: 1 to 64",
        "run queue --set consumers=           | run queue: setting 'consumers' is empty; allowed: 1 to 64",
        "run queue --set consumers=2 --set tasks=-1 | run queue: setting 'tasks': '-1' is out of range; allowed: 0 to 1000",
        "run event --set delay=soon           | run event: setting 'delay': 'soon' is not a number; allowed: 0 to 60",
        "run process --set lock=maybe         | run process: setting 'lock': 'maybe' is not true or false; allowed: true or false",
        "run pipe --set message=[1,           | run pipe: setting 'message': '[1,' is neither JSON nor a Python literal: the text ends too early:"
            + " a bracket, brace or quote is not closed (column 4);"
            + " allowed: a JSON value or a Python literal of at most 65,536 characters, nested at most 60 levels",
        "run pipe --lang pt --set message=[1, | run pipe: configura\u00e7\u00e3o 'message': '[1,' n\u00e3o \u00e9 JSON nem um literal Python:"
            + " o texto termina cedo demais: um colchete, chave ou aspas n\u00e3o foi fechado (coluna 4);"
            + " permitido: um valor JSON ou um literal Python de no m\u00e1ximo 65.536 caracteres, com no m\u00e1ximo 60 n\u00edveis",
        "run pool --set size=1000             | run pool: setting 'size': '1000' is out of range; allowed: 0 to 64",
        "run queue --lang fr                  | run: --lang takes en or pt, not 'fr'",
        "run queue --tempo fast               | run: --tempo takes a number from 0.1 (ten times slower) to 4, not 'fast'",
        "run queue --tempo 0                  | run: --tempo takes a number from 0.1 (ten times slower) to 4, not '0'",
        "run queue --trace                    | run: --trace needs a value",
        "run queue --verbose                  | run: unknown option '--verbose'",
    })
    void wrongCommandLineExitsTwoWithOneLineAndRunsNothing(String line, String message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.main(line.trim().split("\\s+"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.USAGE, code);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals(message.replace("LESSONS", Lessons.ids()) + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
        assertTrue(ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive));
    }
}
