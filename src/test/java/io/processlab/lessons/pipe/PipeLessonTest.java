package io.processlab.lessons.pipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.engine.ChildProcess;
import io.processlab.testing.LessonRun;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PipeLessonTest {
    /** The words of each language: parent received, communicator received, parent done. */
    private static final Map<String, List<String>> WORDS = Map.of(
            "pt", List.of("Pai recebeu: ", "Comunicador recebeu: ", "Pai terminou"),
            "en", List.of("Parent received: ", "Communicator received: ", "Parent done"));

    /** The elements of a printed Python set, "{'a', 'b'}". */
    private static Set<String> setElements(String text) {
        assertTrue(text.startsWith("{") && text.endsWith("}"), text);
        return Arrays.stream(text.substring(1, text.length() - 1).split(", ")).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pt", "en"})
    void senderDeliversTheSeedsListAndTheCommunicatorGetsTheDoubledLetters(String lang) throws Exception {
        List<String> w = WORDS.get(lang);
        try (LessonRun r = LessonRun.of(new PipeLesson(), lang)) {
            List<String> texts = r.texts();
            assertEquals(4, texts.size(), r.printed().toString());
            assertEquals(w.get(0) + "['spam', 42, 'ovos']", texts.get(0));
            assertEquals(w.get(0) + "{'name': 'João', 'spam': 42}", texts.get(1));
            assertEquals(w.get(2), texts.get(3));

            ChildProcess communicator = r.child("communicator");
            String got = texts.get(2);
            assertTrue(got.startsWith(w.get(1)), got);
            assertEquals(communicator.pid(), r.printed().lines().get(2).pid());
            assertEquals(Set.of("'ss'", "'pp'", "'aa'", "'mm'"), setElements(got.substring(w.get(1).length())));

            ChildProcess sender = r.child("sender");
            TraceEvent sent = r.trace().ofKind(Kinds.SEND).stream().filter(e -> e.pid() == sender.pid()).findFirst().orElseThrow();
            assertEquals("['spam', 42, 'ovos']", sent.detail());
            TraceEvent received = r.trace().ofKind(Kinds.RECV).stream().filter(e -> e.msg() == sent.msg()).findFirst().orElseThrow();
            assertEquals(r.parentPid(), received.pid(), "the parent received what the sender sent");
            assertTrue(r.trace().ofKind(Kinds.CLOSE).stream().anyMatch(e -> e.pid() == sender.pid()), "the sender closed its end");
        }
    }

    @Test
    void settingsChangeTheMessageAndTheWord() throws Exception {
        try (LessonRun r = LessonRun.of(new PipeLesson(), "en", "message={\"a\": [1, 2.5, null]}", "word=ovo")) {
            assertEquals("Parent received: {'a': [1, 2.5, None]}", r.texts().get(0));
            assertEquals(Set.of("'oo'", "'vv'"), setElements(r.texts().get(2).substring("Communicator received: ".length())));
        }
    }
}
