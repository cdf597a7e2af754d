package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.api.JoinableQueue;
import io.processlab.api.ProcessException;
import io.processlab.api.Queue;
import io.processlab.api.Texts;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Clock;
import io.processlab.trace.Kinds;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The engine's words for what went wrong reach the user in the run's language (English or
 * Portuguese), with real processes; the trace keeps the English words whatever the language.
 */
@ExtendWith(NoChildrenLeft.class)
class EngineTextsTest {
    /** What goes wrong. */
    enum Situation { NEVER_SAYS_HELLO, KILLED, POOL_WORKER_LOST, WAIT_THAT_CANNOT_END, RUN_STOPPED }

    /** Words of the English texts that must not show in a Portuguese one. */
    private static final Set<String> ENGLISH = Set.of("the", "was", "were", "ended", "never", "said", "hello",
            "did", "not", "start", "within", "exit", "code", "killed", "by", "signal", "worker", "workers", "chunk",
            "chunks", "while", "working", "on", "has", "already", "replaced", "its", "limit", "so", "gives", "up",
            "done", "would", "wait", "forever", "task", "tasks", "unfinished", "every", "child", "process", "run",
            "of", "and", "is", "stopped");
    /** Names and code in a text are the same in every language: 'tasks', PoolWorker-1, join(), SIGKILL. */
    private static final Pattern NOT_WORDS = Pattern.compile("'[^']*'|\\p{L}+-\\d+|\\p{L}+\\(\\)|SIG[A-Z]+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NEVER_SAYS_HELLO     | en | did not start within 1.5 s (it never said hello); it was ended
            NEVER_SAYS_HELLO     | pt | não iniciou em 1.5 s (nunca disse olá); foi encerrado
            KILLED               | en | exit code 137 (killed by signal 9, SIGKILL)…
            KILLED               | pt | código de saída 137 (morto pelo sinal 9, SIGKILL)…
            POOL_WORKER_LOST     | en | PoolWorker-1 (pid …) ended: exit code 7… while working on chunk 0; the pool has already replaced 0 workers, its limit, so map gives up with 2 of 2 chunks not done
            POOL_WORKER_LOST     | pt | PoolWorker-1 (pid …) terminou: código de saída 7… enquanto trabalhava no pedaço 0; o pool já substituiu 0 trabalhadores, o seu limite, então map desiste com 2 de 2 pedaços por fazer
            WAIT_THAT_CANNOT_END | en | join() on 'tasks' would wait forever: 1 task is unfinished and every child process of the run has ended
            WAIT_THAT_CANNOT_END | pt | join() em 'tasks' esperaria para sempre: 1 tarefa está pendente e todos os processos filhos da execução terminaram
            RUN_STOPPED          | en | the run was stopped
            RUN_STOPPED          | pt | a execução foi parada
            """)
    void theEngineSaysWhatWentWrongInTheRunsLanguage(Situation situation, String lang, String expected) {
        String said = switch (situation) {
            case NEVER_SAYS_HELLO -> neverSaysHello(Texts.locale(lang));
            case KILLED -> killed(Texts.locale(lang));
            case POOL_WORKER_LOST -> poolWorkerLost(Texts.locale(lang));
            case WAIT_THAT_CANNOT_END -> waitThatCannotEnd(Texts.locale(lang));
            case RUN_STOPPED -> runStopped(Texts.locale(lang));
        };
        assertTrue(matches(expected, said), "expected «" + expected + "», got «" + said + "»");
        if ("pt".equals(lang)) {
            assertEquals(Set.of(), englishWords(expected), "English words in the Portuguese text: " + expected);
        }
    }

    @ParameterizedTest(name = "exit code {0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1   | en | exit code 1
            1   | pt | código de saída 1
            137 | en | exit code 137 (killed by signal 9, SIGKILL)
            137 | pt | código de saída 137 (morto pelo sinal 9, SIGKILL)
            158 | en | exit code 158 (killed by signal 30)
            158 | pt | código de saída 158 (morto pelo sinal 30)
            -1  | en | no exit code (the process could not be reaped)
            -1  | pt | sem código de saída (não foi possível recolher o processo)
            """)
    void exitCodesAreSaidInTheRunsLanguage(int code, String lang, String expected) {
        assertEquals(expected, ExitCodes.describe(code).in(Texts.locale(lang)));
    }

    @Test
    void aPortugueseRunStillRecordsEnglishWordsInTheTrace() {
        try (Run run = new Run(Texts.locale("pt"))) {
            ChildProcess c = killedChild(run);
            assertTrue(c.failure().startsWith("código de saída 137 (morto pelo sinal 9, SIGKILL)"), c.failure());
            String exit = run.trace().ofKind(Kinds.EXIT).stream().filter(e -> e.pid() == c.pid())
                    .findFirst().orElseThrow().detail();
            // the timeline reads these words to say how a lane ended, in its own language
            assertTrue(exit.startsWith("code 137: exit code 137 (killed by signal 9, SIGKILL)"), exit);
        }
    }

    private static String neverSaysHello(Locale locale) {
        // a JVM that waits for a debugger before it runs anything stands for any start that hangs
        String suspend = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=127.0.0.1:0";
        try (Run run = new Run(locale, 1.0, ChildLauncher.forThisJvm().withFlags(List.of(suspend)), Clock.monotonic())) {
            run.helloTimeout(1.5);
            ChildProcess c = run.main().process("stuck", "test.noop");
            c.start();
            assertTrue(c.join(30));
            return c.failure();
        }
    }

    private static ChildProcess killedChild(Run run) {
        Queue ready = run.main().queue("ready");
        ChildProcess c = run.main().process("victim", "chaos.hang", ready, "sleep");
        c.start();
        ready.get(true, 30);
        c.kill();
        assertTrue(c.join(30));
        return c;
    }

    private static String killed(Locale locale) {
        try (Run run = new Run(locale)) {
            return killedChild(run).failure();
        }
    }

    private static String poolWorkerLost(Locale locale) {
        try (Run run = new Run(locale)) {
            Pool pool = run.main().pool(1, null, 0);
            return assertThrows(ProcessException.class, () -> pool.map("chaos.halt_always", List.of(1L, 2L), 1))
                    .getMessage();
        }
    }

    private static String waitThatCannotEnd(Locale locale) {
        try (Run run = new Run(locale)) {
            ChildProcess c = run.main().process("p", "test.noop");
            c.start();
            assertTrue(c.join(30));
            JoinableQueue tasks = run.main().joinableQueue("tasks");
            tasks.put("a task no process is left to do");
            return assertThrows(ProcessException.class, tasks::join).getMessage();
        }
    }

    private static String runStopped(Locale locale) {
        Run run = new Run(locale);
        Queue q = run.main().queue("q");
        run.close();
        return assertThrows(ProcessException.class, q::get).getMessage();
    }

    /** Whether {@code text} is {@code expected}, where "…" in {@code expected} stands for any text. */
    private static boolean matches(String expected, String text) {
        StringBuilder regex = new StringBuilder();
        for (String part : expected.split("…", -1)) {
            regex.append(regex.length() == 0 ? "" : ".*").append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
    }

    private static Set<String> englishWords(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = WORD.matcher(NOT_WORDS.matcher(text).replaceAll(" "));
        while (m.find()) {
            if (ENGLISH.contains(m.group().toLowerCase(Locale.ROOT))) {
                found.add(m.group());
            }
        }
        return found;
    }
}
