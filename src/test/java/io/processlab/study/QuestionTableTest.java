package io.processlab.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.lessons.Settings;
import io.processlab.lessons.course.Lessons;
import io.processlab.study.Verdict.Grade;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The questions' table: one to three per lesson, distinct choices, words in both languages, the grading rules. */
class QuestionTableTest {
    @ParameterizedTest
    @ValueSource(strings = {"process", "pipe", "queue", "event", "pool", "deadlock"})
    void eachSeedLessonAndTheDeadlockAskOneToThreeQuestionsWithDistinctChoices(String lesson) {
        List<Question> qs = Questions.of(lesson);
        assertTrue(qs.size() >= 1 && qs.size() <= 3, lesson + ": " + qs);
        Settings s = Settings.defaults(Lessons.byId(lesson).orElseThrow().settings());
        for (Question q : qs) {
            List<String> ids = q.choices(s).stream().map(Choice::id).toList();
            assertEquals(ids.stream().distinct().count(), ids.size(), q + ": " + ids);
            assertTrue(ids.size() >= 2, q + ": " + ids);
            assertTrue(q.id().startsWith(lesson + "."), q.id());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt"})
    void everyWordTheQuestionsAndChallengesUseIsInTheBundle(String lang) {
        ResourceBundle b = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(lang.equals("pt") ? "pt-BR" : "en"));
        for (Question q : Questions.all()) {
            String lesson = q.id().substring(0, q.id().indexOf('.'));
            Settings s = Settings.defaults(Lessons.byId(lesson).orElseThrow().settings());
            Stream.concat(Stream.of(q.text(s), q.why(s)), q.choices(s).stream().map(Choice::words))
                    .forEach(w -> assertTrue(b.containsKey(w.key()), lang + " lacks " + w.key()));
        }
        Challenges.all().forEach(c -> assertTrue(b.containsKey(c.goal().key()), lang + " lacks " + c.goal().key()));
        for (Grade g : Grade.values()) {
            assertTrue(b.containsKey("predict.grade." + g.name()), lang + " lacks the grade " + g);
        }
    }

    @Test
    void thePortugueseBundleHasEveryPredictKeyOfTheEnglishOne() {
        ResourceBundle en = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);
        ResourceBundle pt = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("pt-BR"));
        en.keySet().stream().filter(k -> k.startsWith("predict.") || k.startsWith("tab.predict"))
                .forEach(k -> assertTrue(pt.containsKey(k) && !pt.getString(k).equals(en.getString(k))
                        || k.startsWith("predict.c.number") || k.startsWith("predict.c.name"), "pt: " + k));
    }

    @ParameterizedTest(name = "{0}, timeout {1} s, delay {2} s: knowable {3}")
    @CsvSource({"event.timed, 1, 3, true", "event.timed, 3, 2, true", "event.timed, 3, 3, true",
            "event.timed, 2, 3, false", "event.timed, 0.2, 1.2, false", "event.timed, 0.2, 1.7, true",
            "event.first, 1, 3, true", "event.first, 2, 3, false", "event.first, 3, 2, false"})
    void whetherTheTimedWaiterCanBeKnownDependsOnItsTimeoutAgainstTheDelay(String id, String timeout, String delay,
            boolean knowable) throws Exception {
        Question q = Questions.of("event").stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        Settings s = Settings.parsePairs(Lessons.byId("event").orElseThrow().settings(),
                List.of("timeout=" + timeout, "delay=" + delay));
        assertEquals(knowable, q.knowable(s));
    }

    @ParameterizedTest(name = "same_order {0}, pause {1}: knowable {2}")
    @CsvSource({"true, 0, true", "false, 1, true", "false, 0.5, false", "false, 0, false"})
    void whetherTheDeadlockCanBeKnownDependsOnTheOrderAndThePause(boolean same, String pause, boolean knowable)
            throws Exception {
        Settings s = Settings.parsePairs(Lessons.byId("deadlock").orElseThrow().settings(),
                List.of("same_order=" + same, "pause=" + pause));
        assertEquals(knowable, Questions.of("deadlock").get(0).knowable(s));
    }

    @ParameterizedTest(name = "chose {0}, the run did {1}, knowable {2}: {3}")
    @CsvSource({"a, a, true, RIGHT", "a, a, false, LUCKY", "a, b, true, WRONG", "a, b, false, WRONG",
            "unknowable, a, false, RIGHT", "unknowable, a, true, WRONG"})
    void aPredictionIsGradedByWhatTheRunDidAndWhetherItCouldBeKnown(String chosen, String did, boolean knowable,
            Grade grade) {
        RunAnswer answer = new RunAnswer(did, Wording.of("x"), null);
        assertEquals(grade, Verdict.grade(chosen, answer, knowable, Wording.of("why")).grade());
    }

    @Test
    void aRunThatDoesNotTellLeavesThePredictionUndecided() {
        assertEquals(Grade.UNDECIDED, Verdict.grade("a", null, true, Wording.of("why")).grade());
        assertFalse(Grade.UNDECIDED.answered());
        assertEquals(Grade.UNANSWERED, Verdict.grade(null, new RunAnswer("a", Wording.of("x"), null), true, null).grade());
    }
}
