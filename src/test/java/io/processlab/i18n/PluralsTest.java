package io.processlab.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.processlab.view.Units;
import io.processlab.wire.Bundles;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count in a sentence agrees with its noun in both languages: numbers reach the bundles'
 * patterns as numbers ({@link Bundles#format}), so each {@code choice} picks one or many; a plain
 * {@code {N}} still shows its number as written (no grouping), inside a choice too.
 */
class PluralsTest {
    @ParameterizedTest(name = "{0} {1} with {2}: {3} / {4}")
    @CsvSource(delimiter = '|', textBlock = """
            i18n.messages | status.done      | 1 | “Queue” finished in 1.0_s; its one child process ended well. | “Queue” terminou em 1.0_s; o seu único processo filho terminou bem.
            i18n.messages | status.done      | 3 | “Queue” finished in 1.0_s; all 3 child processes ended well. | “Queue” terminou em 1.0_s; os 3 processos filhos terminaram bem.
            i18n.messages | status.opened    | 1 | Saved run of “Queue”, 1.0_s, 1 child process.              | Execução salva de “Queue”, 1.0_s, 1 processo filho.
            i18n.messages | status.opened    | 0 | Saved run of “Queue”, 1.0_s, 0 child processes.             | Execução salva de “Queue”, 1.0_s, 0 processos filhos.
            i18n.messages | status.opened    | 12345 | Saved run of “Queue”, 1.0_s, 12345 child processes.     | Execução salva de “Queue”, 1.0_s, 12345 processos filhos.
            """)
    void theRunsStatusSaysOneChildOrMany(String bundle, String key, int n, String en, String pt) {
        // "_s": the seconds' unit, after the no-break space that keeps it with its value
        String s = Units.NO_BREAK + "s";
        assertEquals(en.replace("_s", s), Bundles.text(bundle, Locale.ENGLISH, key, "Queue", "1.0", n));
        assertEquals(pt.replace("_s", s), Bundles.text(bundle, Bundles.PORTUGUESE, key, "Queue", "1.0", n));
    }

    @ParameterizedTest(name = "{0} {1} with {2}: {3} / {4}")
    @CsvSource(delimiter = '|', textBlock = """
            i18n.messages | wire.count          | 1     | 1 line                | 1 linha
            i18n.messages | wire.count          | 2     | 2 lines               | 2 linhas
            i18n.messages | threads.n_processes | 1     | 1 process             | 1 processo
            i18n.messages | cores.n_processes   | 4     | 4 processes           | 4 processos
            i18n.messages | threads.n_threads   | 1     | 1 thread              | 1 thread
            i18n.view     | word.more           | 1     | … and 1 more process  | … e mais 1 processo
            i18n.view     | word.more           | 1000  | … and 1000 more processes | … e mais 1000 processos
            i18n.lessons  | queue.creating      | 1     | Creating 1 consumer   | Criando 1 consumidor
            i18n.lessons  | queue.creating      | 5     | Creating 5 consumers  | Criando 5 consumidores
            i18n.lessons  | cores.machine       | 1     | This machine has 1 core | Esta máquina tem 1 núcleo
            i18n.lessons  | cores.machine       | 2     | This machine has 2 cores | Esta máquina tem 2 núcleos
            i18n.messages | threads.n_threads   | '1'   | 1 thread              | 1 thread
            """)
    void aCountAloneAgreesWithItsNoun(String bundle, String key, String n, String en, String pt) {
        Object count = n.startsWith("'") ? n.substring(1, n.length() - 1) : (Object) Integer.valueOf(n);
        assertEquals(en, Bundles.text(bundle, Locale.ENGLISH, key, count));
        assertEquals(pt, Bundles.text(bundle, Bundles.PORTUGUESE, key, count));
    }

    @ParameterizedTest(name = "{0} {1} of {2}: {3} / {4}")
    @CsvSource(delimiter = '|', textBlock = """
            i18n.messages | pool.progress   | 0 | 1     | 0 of 1 chunk done            | 0 de 1 pedaço pronto
            i18n.messages | pool.progress   | 10 | 100000 | 10 of 100000 chunks done   | 10 de 100000 pedaços prontos
            i18n.messages | scheduler.count | 2 | 1     | 2 waiting, 1 let through     | 2 esperando, 1 liberada
            i18n.messages | scheduler.count | 0 | 3     | 0 waiting, 3 let through     | 0 esperando, 3 liberadas
            i18n.engine   | pool.all_ended  | 1 | 4     | every pool worker has ended; 1 of 4 chunks was not done | todos os trabalhadores do pool terminaram; 1 de 4 pedaços ficou por fazer
            """)
    void twoCountsEachAgreeWithTheirOwnWords(String bundle, String key, int a, int b, String en, String pt) {
        assertEquals(en, Bundles.text(bundle, Locale.ENGLISH, key, a, b));
        assertEquals(pt, Bundles.text(bundle, Bundles.PORTUGUESE, key, a, b));
    }

    /** A pool worker's line counts the items it took and the chunks they came in, as the progress counts chunks. */
    @ParameterizedTest(name = "{0} items in {1} chunks: {2} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 1 | took 1 item in 1 chunk: [0]        | pegou 1 item em 1 pedaço: [0]
            4 | 2 | took 4 items in 2 chunks: [0]      | pegou 4 itens em 2 pedaços: [0]
            """)
    void aPoolWorkerSaysHowManyItemsInHowManyChunks(int items, int chunks, String en, String pt) {
        assertEquals(en, Bundles.text("i18n.messages", Locale.ENGLISH, "pool.took", items, "[0]", chunks));
        assertEquals(pt, Bundles.text("i18n.messages", Bundles.PORTUGUESE, "pool.took", items, "[0]", chunks));
    }

    @ParameterizedTest(name = "{0} runs, {1} outcomes: {2} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            20 | 1 | 20 runs, one outcome: Order        | 20 execuções, um só resultado: Order
            20 | 3 | 20 runs, 3 different outcomes: Order | 20 execuções, 3 resultados diferentes: Order
            """)
    void theRepeatedRunsCountsSayOneOutcomeOrSeveral(int runs, int rows, String en, String pt) {
        assertEquals(en, Bundles.text("i18n.cli", Locale.ENGLISH, "repeat.counts", runs, rows, "Order"));
        assertEquals(pt, Bundles.text("i18n.cli", Bundles.PORTUGUESE, "repeat.counts", runs, rows, "Order"));
    }
}
