package io.processlab.view.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.testing.Recorded;
import io.processlab.trace.Trace;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.timeline.ProcessStates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PanelContentTest {
    private static String words(PanelContent c) {
        return c.boxes().stream().map(b -> b.title() + ": " + b.rows().stream().flatMap(List::stream)
                .map(Item::text).collect(Collectors.joining(" | "))).collect(Collectors.joining("\n"));
    }

    private static PanelContent at(String lesson, double fraction, Locale l) {
        Trace t = Recorded.load(lesson).trace();
        long end = ProcessStates.ofRun(t).endUs();
        return PanelContent.of(ObjectsModel.at(t.events(), Math.round(end * fraction)), l);
    }

    @Test
    void theQueuePanelShowsTheTaskCardsTheConsumersAndTheResults() {
        PanelContent c = at("queue", 0.6, Locale.ENGLISH);
        List<String> titles = c.boxes().stream().map(Box::title).toList();
        assertEquals(List.of("Task queue (JoinableQueue)", "Consumers", "Result queue"), titles);
        String w = words(c);
        assertTrue(w.contains("Consumer-1 \u00b7 "), w);
        assertTrue(w.contains("Unfinished items:"), w);
        assertNull(c.note());
    }

    @Test
    void atTheStartNothingIsQueuedAndAtTheEndEveryTaskIsDone() {
        String end = words(at("queue", 1, Locale.ENGLISH));
        assertTrue(end.contains("Unfinished items: 0"), end);
        for (String line : end.split("\n")) {
            if (line.startsWith("Consumers")) {
                assertTrue(line.contains("ended"), line);
            }
        }
    }

    @Test
    void eachLessonKindDrawsItsOwnObjects() {
        assertTrue(words(at("process", 0.5, Locale.ENGLISH)).startsWith("The lock: "));
        assertTrue(words(at("event", 1, Locale.ENGLISH)).contains("SET"));
        assertTrue(words(at("pipe", 1, Locale.ENGLISH)).startsWith("Pipe "));
        assertEquals(List.of("Workers and the items they took", "Results, in input order"),
                at("pool", 1, Locale.ENGLISH).boxes().stream().map(Box::title).toList(), "not the pool's own queues");
    }

    @Test
    void aLessonWithoutSharedObjectsSaysWhatThePictureLeavesToTheWindow() {
        PanelContent c = at("threads", 1, Locale.ENGLISH);
        assertNotNull(c.note());
        assertEquals(List.of("Processes"), c.boxes().stream().map(Box::title).toList());
        assertTrue(at("threads", 1, Locale.forLanguageTag("pt-BR")).note().startsWith("O painel"));
    }

    @Test
    void thePortuguesePanelSpeaksPortuguese() {
        PanelContent c = at("queue", 0.6, Locale.forLanguageTag("pt-BR"));
        assertEquals("Consumidores", c.boxes().get(1).title());
        assertTrue(words(c).contains("Itens pendentes:"), words(c));
    }

    /** The chips' colours are the style sheet's .proc-N rules, so a picture and the window agree. */
    @Test
    void theProcessColoursAreTheStyleSheets() throws Exception {
        String css = Files.readString(Path.of("resources/css/processlab.css"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\\.proc-(\\d) \\{ -fx-background-color: #([0-9a-fA-F]{6}); -fx-text-fill: "
                + "(#[0-9a-fA-F]{6}|white);").matcher(css);
        int found = 0;
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            assertEquals(Integer.parseInt(m.group(2), 16), PanelStyle.CHIP[i] & 0xFFFFFF, ".proc-" + i);
            int ink = m.group(3).equals("white") ? 0xFFFFFF : Integer.parseInt(m.group(3).substring(1), 16);
            assertEquals(ink, PanelStyle.CHIP_INK[i] & 0xFFFFFF, ".proc-" + i + " text");
            found++;
        }
        assertEquals(PanelStyle.CHIP.length, found);
    }
}
