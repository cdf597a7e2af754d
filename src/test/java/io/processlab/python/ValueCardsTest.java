package io.processlab.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.processlab.view.objects.Card;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.PipeState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The cards of a traced Python program read as Python's repr() of their values, as a Java
 * lesson's cards do ({@code '0 * 0 = 0'}, not {@code 0 * 0 = 0}): src/test/resources/python/values.py
 * sends each value on a pipe and puts it on a queue, and prints what the interpreter itself says of
 * it, on every CPython 3.8-3.13 the machine has and python3.
 */
class ValueCardsTest {
    @TestFactory
    Stream<DynamicTest> pipeAndQueueCardsShowWhatReprGivesOnEveryInterpreter() {
        return Pythons.cpythons().entrySet().stream().map(py -> DynamicTest.dynamicTest(py.getKey(), () -> check(py)));
    }

    private static void check(Map.Entry<String, Path> py) throws Exception {
        Pythons.Ran r = Pythons.run(py.getValue(), Pythons.program("values.py"), 60);
        assertEquals(0, r.run().exitCode(), "exit code; stderr: " + r.stderr());
        List<String> python = r.printed();
        assertEquals(List.of("'0 * 0 = 0'", "\"it's\"", "'say \"hi\"'", "'Jo\u00e3o\\tok'", "42", "2.5", "None", "True",
                "(0, 0)", "[1, 'a']", "{'k': 'v'}", "b'xy'", "3 * 3"), python,
                "what " + py.getKey() + " says of each value (a Task by its __str__: its repr is its address)");

        ObjectsModel m = ObjectsModel.of(r.events());
        assertEquals(python, texts(m.queueNamed("q").taken()), "the queue's cards");
        PipeState pipe = m.pipes().get(0);
        assertEquals(python, texts(pipe.b().received()), "the pipe's cards, received on the end the program sent to");
    }

    private static List<String> texts(List<Card> cards) {
        return cards.stream().map(Card::text).toList();
    }
}
