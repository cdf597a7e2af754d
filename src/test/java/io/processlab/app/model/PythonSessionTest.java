package io.processlab.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.app.i18n.I18n;
import io.processlab.app.panels.LessonPage;
import io.processlab.app.style.ProcessPalette;
import io.processlab.app.teach.CodeViewModel;
import io.processlab.lessons.Lesson;
import io.processlab.lessons.course.Lessons;
import io.processlab.testing.Await;
import io.processlab.testing.NoChildrenLeft;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Run in Python" writes the lesson's twin out in the window's language: in English the file as
 * it is, in Portuguese the very text the Code tab shows, which prints Portuguese when it runs.
 */
@ExtendWith(NoChildrenLeft.class)
class PythonSessionTest {
    static Stream<Lesson> lessons() {
        return Lessons.all().stream();
    }

    private static String written(String id, Locale language) throws Exception {
        Path file = PythonSession.twin(id, language);
        try {
            assertEquals("lesson_" + id + ".py", file.getFileName().toString(), "a spawned child imports it by this name");
            return Files.readString(file, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        }
    }

    /** What the Code tab shows of the twin of {@code lesson}'s run, read in {@code language}. */
    private static String shown(Lesson lesson, String source, Locale language) {
        CodeViewModel code = new CodeViewModel(new ProcessPalette());
        code.languageProperty().set(language);
        code.setProgram(source, lesson);
        return code.listingProperty().get().python();
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void inEnglishTheTwinRunsAsTheFileIsInPortugueseAsTheCodeTabShowsIt(Lesson lesson) throws Exception {
        String file = Files.readString(Path.of("resources", "python", "lesson_" + lesson.id() + ".py"), StandardCharsets.UTF_8);
        assertEquals(file, written(lesson.id(), Locale.ENGLISH));
        String pt = written(lesson.id(), I18n.PORTUGUESE);
        assertEquals(shown(lesson, pt, I18n.PORTUGUESE), pt);
        assertFalse(pt.equals(file), lesson.id());
        assertEquals(file.lines().count(), pt.lines().count(), "a run's line numbers are the file's");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | Parent done | Pai terminou",
        "pt | Pai terminou | Parent done",
    })
    void runInPythonPrintsInTheWindowsLanguage(String lang, String said, String notSaid) throws Exception {
        Locale locale = "pt".equals(lang) ? I18n.PORTUGUESE : Locale.ENGLISH;
        MainViewModel vm = new MainViewModel(new I18n(locale),
                Lessons.all().stream().map(l -> (LessonPage) new FakePage(l.id())).toList());
        try {
            vm.select("pipe");
            vm.runTwin();
            assertTrue(Await.frames(vm::frame, () -> !vm.state().busy(), 60), "the run ends");
            assertEquals(RunState.DONE, vm.state(), vm.statusProperty().get());
            List<String> printed = vm.console().lines().stream().map(ConsoleLine::text).toList();
            assertTrue(printed.contains(said), printed.toString());
            assertFalse(printed.contains(notSaid), printed.toString());
            String ran = vm.programProperty().get().source();
            assertEquals("pt".equals(lang), !ran.contains("#pt-print:"), "the program that ran is the " + lang + " one");
        } finally {
            vm.shutdown();
        }
    }
}
