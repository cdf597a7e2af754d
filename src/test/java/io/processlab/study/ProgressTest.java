package io.processlab.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.study.Verdict.Grade;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a student has done is kept from one launch to the next (a second store on the same folder), and can be forgotten. */
class ProgressTest {
    @TempDir
    Path dir;

    @Test
    void answersAndChallengesAreKeptForTheNextLaunch() {
        Progress first = new Progress(KeptValues.folder(dir));
        Question q1 = Questions.of("event").get(0);
        Question q2 = Questions.of("queue").get(0);
        first.answered(q1, Grade.RIGHT);
        first.answered(q2, Grade.WRONG);
        first.answered(Questions.of("pool").get(0), Grade.UNANSWERED);
        first.met(Challenges.of("event").get(0));

        Progress next = new Progress(KeptValues.folder(dir));
        Progress.Counts c = next.counts();
        assertEquals(2, c.answered());
        assertEquals(1, c.right());
        assertEquals(Questions.all().size(), c.questions());
        assertEquals(1, c.met());
        assertEquals(3, c.challenges());
        assertTrue(next.isRight(q1));
        assertTrue(next.isAnswered(q2));
        assertFalse(next.isRight(q2));
        assertTrue(next.isMet(Challenges.of("event").get(0)));
    }

    @Test
    void aQuestionOnceRightStaysRightWhenALaterRunProvesItWrong() {
        Progress p = new Progress(KeptValues.folder(dir));
        Question q = Questions.of("process").get(0);
        p.answered(q, Grade.RIGHT);
        p.answered(q, Grade.WRONG);
        assertTrue(new Progress(KeptValues.folder(dir)).isRight(q));
    }

    @Test
    void resetForgetsEverythingAlsoForTheNextLaunch() {
        Progress p = new Progress(KeptValues.folder(dir));
        p.answered(Questions.of("process").get(0), Grade.LUCKY);
        p.met(Challenges.of("queue").get(0));
        p.reset();
        Progress.Counts c = new Progress(KeptValues.folder(dir)).counts();
        assertEquals(0, c.answered());
        assertEquals(0, c.met());
    }

    @Test
    void anUnreadableFileIsNothingKeptNeverAFailure() throws Exception {
        Files.write(dir.resolve("progress.properties"), new byte[] {'\\', 'u', 'z', 'z'});
        assertEquals(0, new Progress(KeptValues.folder(dir)).counts().answered());
    }
}
