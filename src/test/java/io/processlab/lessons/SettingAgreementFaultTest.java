package io.processlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.engine.Run;
import io.processlab.lessons.course.Lessons;
import io.processlab.testing.NoChildrenLeft;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15, case 19: a setting's check and the wire agree (a value the check lets through is
 * sent; one the wire could not send is refused by the check, before anything starts), and a
 * text's length is counted as a person counts it (an emoji, a flag, an accented letter written
 * as two code points: one character each).
 */
@ExtendWith(NoChildrenLeft.class)
class SettingAgreementFaultTest {
    private static String nested(int levels, String inner) {
        return "[".repeat(levels) + inner + "]".repeat(levels);
    }

    @Test
    void aMessageNestedAsDeepAsTheCheckAllowsIsSentAndOneLevelMoreIsRefusedBeforeTheRun() throws Exception {
        Lesson pipe = Lessons.byId("pipe").orElseThrow();
        for (String deepest : List.of(nested(60, "1"), "{\"a\":" + nested(59, "\"x\"") + "}")) {
            Settings s = Settings.parsePairs(pipe.settings(), List.of("message=" + deepest));
            try (Run run = new Run(Locale.ENGLISH)) {
                pipe.run(run.main(), s); // throws if the wire refuses what the check let through
                assertTrue(run.awaitChildren(30));
                assertTrue(run.children().stream().allMatch(c -> Integer.valueOf(0).equals(c.exitCode())),
                        "every child ended well");
            }
        }
        SettingException e = assertThrows(SettingException.class,
                () -> Settings.parsePairs(pipe.settings(), List.of("message=" + nested(61, "1"))));
        assertTrue(e.message(Locale.ENGLISH).contains("nested too deeply (61 levels)"), e.message(Locale.ENGLISH));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "21 emoji|\uD83D\uDE00|21|true",
        "40 emoji|\uD83D\uDE00|40|true",
        "41 emoji|\uD83D\uDE00|41|false",
        "40 flags|\uD83C\uDDF5\uD83C\uDDF9|40|true",
        "40 accented letters in two code points|e\u0301|40|true",
        "41 plain letters|a|41|false"})
    void aWordsLengthIsCountedAsAPersonSeesIt(String what, String unit, int times, boolean allowed) throws Exception {
        Lesson pipe = Lessons.byId("pipe").orElseThrow();
        List<String> pair = List.of("word=" + unit.repeat(times));
        if (allowed) {
            assertEquals(unit.repeat(times), Settings.parsePairs(pipe.settings(), pair).getText("word"));
        } else {
            SettingException e = assertThrows(SettingException.class, () -> Settings.parsePairs(pipe.settings(), pair));
            assertEquals(SettingException.Problem.TOO_LONG, e.problem());
        }
    }
}
