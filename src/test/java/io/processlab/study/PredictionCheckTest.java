package io.processlab.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.lessons.Lesson;
import io.processlab.lessons.Settings;
import io.processlab.lessons.course.Lessons;
import io.processlab.study.Verdict.Grade;
import io.processlab.testing.LessonRun;
import io.processlab.testing.NoChildrenLeft;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each kind of question, its prediction checked against a real run's own trace: the lesson runs
 * on real child processes with the row's settings, and the verdict, the answer the trace gives and
 * the kind of the event that decides it are what the row says.
 */
@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PredictionCheckTest {
    private static final Set<Question.Kind> SEEN = EnumSet.noneOf(Question.Kind.class);

    @ParameterizedTest(name = "{0} {1} [{2}]: {3} is {4}")
    @CsvSource(delimiter = '|', textBlock = """
            FIRST_PRINT  | process.first    | children=2                           | main_call   | RIGHT | main_call   | print
            FIRST_PRINT  | pipe.first       | word=ab                              | pipe.parent_done | WRONG | pipe.parent_got | print
            CHILD_ORDER  | process.batch    | children=3                           | unknowable  | RIGHT | *           | print
            CHILD_ORDER  | process.batch    | children=1                           | running_0   | RIGHT | running_0   | print
            COUNT        | pipe.count       | word=ab                              | 1           | WRONG | 2           | print
            COUNT        | pool.starting    | size=3,items=6                       | 3           | RIGHT | 3           | print
            COUNT        | queue.results    | consumers=2,tasks=3,task_seconds=0   | 5           | WRONG | 3           | print
            TIMED_WAITER | event.timed      | timeout=0.2,delay=2.0                | True        | WRONG | False       | event-wake
            TIMED_WAITER | event.timed      | timeout=1.5,delay=0.2                | True        | RIGHT | True        | event-wake
            TIMED_WAITER | event.timed      | timeout=0.2,delay=2.0                | unknowable  | WRONG | False       | event-wake
            WAKES_FIRST  | event.first      | timeout=0.2,delay=2.0                | not-block   | RIGHT | not-block   | event-wake
            TAKER        | queue.task3      | consumers=1,tasks=4,task_seconds=0   | Consumer-1  | RIGHT | Consumer-1  | get
            TAKER        | queue.task3      | consumers=3,tasks=5,task_seconds=0   | unknowable  | RIGHT | *           | get
            FIRST_CHUNK  | pool.first_chunk | size=2,items=4                       | unknowable  | RIGHT | *           | get
            FIRST_CHUNK  | pool.first_chunk | size=1,items=3                       | PoolWorker-1 | RIGHT | PoolWorker-1 | get
            DEADLOCK     | deadlock.happens | same_order=true,pause=0.1            | no          | RIGHT | no          | print
            DEADLOCK     | deadlock.happens | same_order=false,pause=1,timeout=0.3   | yes       | RIGHT | yes         | deadlock
            """)
    void aPredictionIsCheckedAgainstTheRunsOwnTrace(Question.Kind kind, String questionId, String sets, String chosen,
            Grade grade, String answer, String momentKind) throws Exception {
        Question q = Questions.all().stream().filter(x -> x.id().equals(questionId)).findFirst().orElseThrow();
        assertEquals(kind, q.kind());
        String lessonId = questionId.substring(0, questionId.indexOf('.'));
        Lesson lesson = Lessons.byId(lessonId).orElseThrow();
        String[] pairs = sets.split(",");
        Settings settings = Settings.parsePairs(lesson.settings(), Arrays.asList(pairs));
        assertTrue(q.choices(settings).stream().anyMatch(c -> c.id().equals(chosen)), chosen + " is offered");
        try (LessonRun run = LessonRun.of(lesson, "en", pairs)) {
            RunFacts facts = RunFacts.of(run.trace());
            Verdict v = q.check(chosen, facts, settings);
            assertNotNull(v.answer(), "the trace answers " + questionId);
            if (!answer.equals("*")) {
                assertEquals(answer, v.answer().id(), "what this run did");
            } else if (!chosen.equals(Choice.UNKNOWABLE)) {
                assertEquals(v.answer().id().equals(chosen) ? Grade.LUCKY : Grade.WRONG, v.grade());
            }
            assertEquals(grade, v.grade(), "graded against the run: " + v.answer());
            assertEquals(momentKind, v.answer().moment().kind(), "the deciding moment");
            assertTrue(run.trace().events().contains(v.answer().moment()), "the moment is one of this run's events");
            assertNotNull(v.why());
        }
        SEEN.add(kind);
    }

    @Test
    void anUnansweredQuestionIsNotGradedButStillSaysWhatTheRunDid() throws Exception {
        Question q = Questions.of("process").get(0);
        Lesson lesson = Lessons.byId("process").orElseThrow();
        try (LessonRun run = LessonRun.of(lesson, "en", "children=1")) {
            Verdict v = q.check(null, RunFacts.of(run.trace()), Settings.parsePairs(lesson.settings(), List.of("children=1")));
            assertEquals(Grade.UNANSWERED, v.grade());
            assertEquals("main_call", v.answer().id());
        }
    }

    @AfterAll
    static void everyKindWasChecked() {
        if (SEEN.size() > 0) {
            assertEquals(EnumSet.allOf(Question.Kind.class).stream().map(Enum::name).collect(Collectors.toSet()),
                    SEEN.stream().map(Enum::name).collect(Collectors.toSet()), "a real run for each kind of question");
        }
    }
}
