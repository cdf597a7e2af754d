package io.processlab.study;

import io.processlab.lessons.Settings;
import io.processlab.study.Question.Kind;
import io.processlab.trace.TraceEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The questions each lesson asks before a run, one to three per lesson: the five seed lessons and
 * the deadlock. Each is checked against the run's own trace ({@link RunFacts}); what the settings
 * decide before the run is said by {@link Question#knowable}, from what the lesson's code does.
 */
public final class Questions {
    /**
     * A timed waiter's timeout must end this much (in the lesson's seconds) before the parent's
     * set() for "False" to be sure: the waiter begins its wait only once its process runs, and a
     * child JVM's start was measured at 0.1 s to 1.1 s on a loaded two-core machine (the parent's
     * delay starts at once).
     */
    public static final double EVENT_MARGIN_S = 1.5;
    /**
     * With the locks taken in opposite orders, a pause at least this long (each worker holds its
     * first lock that long before it asks for the second) is longer than the workers' starts are
     * apart (child JVMs start 0.1 s to 1.1 s after their spawn on a loaded machine), so that each
     * holds one lock when the other asks for it.
     */
    public static final double DEADLOCK_PAUSE_S = 1.0;

    private static final Map<String, List<Question>> BY_LESSON = table();

    private Questions() {
    }

    /** The questions of lesson {@code lessonId}, in the order asked (none for a lesson without). */
    public static List<Question> of(String lessonId) {
        return BY_LESSON.getOrDefault(lessonId, List.of());
    }

    /** Every question of every lesson. */
    public static List<Question> all() {
        return BY_LESSON.values().stream().flatMap(List::stream).toList();
    }

    private static Map<String, List<Question>> table() {
        Map<String, List<Question>> t = new LinkedHashMap<>();
        t.put("process", List.of(processFirst(), processBatch()));
        t.put("pipe", List.of(pipeFirst(), count("pipe.count", "pipe.parent_got", s -> List.of(1, 2, 3),
                s -> Wording.of("predict.why.pipe.count"))));
        t.put("queue", List.of(queueTask3(), count("queue.results", "queue.result",
                s -> List.of(1, s.getInt("tasks"), s.getInt("tasks") + s.getInt("consumers")),
                s -> Wording.of("predict.why.queue.results", s.getInt("tasks")))));
        t.put("event", List.of(eventTimed(), eventFirst()));
        t.put("pool", List.of(count("pool.starting", "pool.starting",
                s -> List.of(1, workers(s), s.getInt("items")), s -> Wording.of("predict.why.pool.starting", workers(s))),
                poolFirstChunk()));
        t.put("deadlock", List.of(deadlock()));
        return t;
    }

    private static Wording w(String key, Object... args) {
        return Wording.of(key, args);
    }

    // ---- process

    private static Question processFirst() {
        return new Question("process.first", Kind.FIRST_PRINT, s -> w("predict.q.process.first"),
                s -> List.of(Choice.of("main_call", "predict.c.process.main_call"),
                        Choice.of("first_child", "predict.c.process.first_child"),
                        Choice.of("other_child", "predict.c.process.other_child"),
                        Choice.of("main_exit", "predict.c.process.main_exit")),
                s -> true, s -> w("predict.why.process.first"),
                (f, s) -> f.firstPrint().map(p -> firstLine(p, processLine(f, p))).orElse(null));
    }

    private static String processLine(RunFacts f, RunFacts.Print p) {
        if (p.pid() == f.mainPid()) {
            return p.is("process.exit") ? "main_exit" : "main_call";
        }
        return f.child(p.pid()).map(c -> c.index() == 0 ? "first_child" : "other_child").orElse("other");
    }

    private static RunAnswer firstLine(RunFacts.Print p, String id) {
        return new RunAnswer(id, w("predict.a.first", p.text(), p.name()), p.event());
    }

    /** Of the children started together (all but the first), whose line comes first. */
    private static Question processBatch() {
        return new Question("process.batch", Kind.CHILD_ORDER, s -> w("predict.q.process.batch", s.getInt("children")),
                s -> {
                    int n = s.getInt("children");
                    List<Choice> out = new ArrayList<>();
                    if (n >= 1) {
                        out.add(Choice.of("running_0", "predict.c.process.running", 0));
                    }
                    if (n >= 2) {
                        out.add(Choice.of("running_" + (n - 1), "predict.c.process.running", n - 1));
                    }
                    out.add(Choice.unknowable());
                    return out;
                },
                s -> s.getInt("children") <= 1,
                s -> w(s.getInt("children") <= 1 ? "predict.why.process.batch_one" : "predict.why.process.batch"),
                (f, s) -> {
                    List<RunFacts.Print> batch = f.childFirstPrints().stream()
                            .filter(p -> f.child(p.pid()).map(c -> c.index() >= 1).orElse(false)).toList();
                    if (batch.isEmpty()) {
                        return null;
                    }
                    RunFacts.Print first = batch.get(0);
                    int k = f.child(first.pid()).orElseThrow().index() - 1;
                    String order = batch.stream().map(p -> String.valueOf(f.child(p.pid()).orElseThrow().index() - 1))
                            .collect(Collectors.joining(", "));
                    return new RunAnswer("running_" + k, w("predict.a.process.batch", k, order), first.event());
                });
    }

    // ---- pipe

    private static Question pipeFirst() {
        return new Question("pipe.first", Kind.FIRST_PRINT, s -> w("predict.q.pipe.first"),
                s -> List.of(Choice.of("pipe.parent_got", "predict.c.pipe.parent_got"),
                        Choice.of("pipe.communicator_got", "predict.c.pipe.communicator_got"),
                        Choice.of("pipe.parent_done", "predict.c.pipe.parent_done")),
                s -> true, s -> w("predict.why.pipe.first"),
                (f, s) -> f.firstPrint().map(p -> firstLine(p, p.key() == null ? "other" : p.key())).orElse(null));
    }

    // ---- counts (pipe, queue, pool)

    /** How many lines the lessons' text {@code sayKey} the run prints; the choices are {@code numbers}, without repeats. */
    private static Question count(String id, String sayKey, java.util.function.Function<Settings, List<Integer>> numbers,
            java.util.function.Function<Settings, Wording> why) {
        return new Question(id, Kind.COUNT, s -> w("predict.q." + id),
                s -> new TreeSet<>(numbers.apply(s)).stream().map(n -> Choice.of(String.valueOf(n), "predict.c.number", n)).toList(),
                s -> true, why,
                (f, s) -> {
                    List<RunFacts.Print> said = f.printsOf(sayKey);
                    TraceEvent moment = said.isEmpty() ? lastEvent(f) : said.get(said.size() - 1).event();
                    return moment == null ? null
                            : new RunAnswer(String.valueOf(said.size()), w("predict.a.count", said.size()), moment);
                });
    }

    private static TraceEvent lastEvent(RunFacts f) {
        return f.events().isEmpty() ? null : f.events().get(f.events().size() - 1);
    }

    // ---- queue

    private static Question queueTask3() {
        return new Question("queue.task3", Kind.TAKER, s -> w("predict.q.queue.task3"),
                s -> {
                    int c = s.getInt("consumers");
                    List<Choice> out = new ArrayList<>(new TreeSet<>(List.of(1, Math.min(4, c))).stream()
                            .map(i -> Choice.of("Consumer-" + i, "predict.c.name", "Consumer-" + i)).toList());
                    out.add(Choice.unknowable());
                    return out;
                },
                s -> s.getInt("consumers") == 1,
                s -> w(s.getInt("consumers") == 1 ? "predict.why.queue.task3_one" : "predict.why.queue.task3"),
                (f, s) -> f.takerOf("tasks", 3).map(t -> new RunAnswer(t.name(),
                        w("predict.a.queue.task3", t.name(), takers(f)), t.event())).orElse(null));
    }

    /** "0 → Consumer-2, 1 → Consumer-1, ...": who took each task, in the order of the tasks. */
    static String takers(RunFacts f) {
        return f.takes("tasks").stream().filter(t -> t.index() >= 0 && !"None".equals(t.item()))
                .sorted(Comparator.comparingInt(RunFacts.Take::index))
                .map(t -> t.index() + " \u2192 " + t.name()).collect(Collectors.joining(", "));
    }

    // ---- event

    /** The wait of the process that printed {@code p} (an event already set gives a wake with no wait before it). */
    static Optional<RunFacts.Wait> waitOf(RunFacts f, RunFacts.Print p) {
        return f.waits().stream().filter(x -> x.pid() == p.pid()).filter(RunFacts.Wait::woken).findFirst();
    }

    private static Question eventTimed() {
        return new Question("event.timed", Kind.TIMED_WAITER, s -> w("predict.q.event.timed"),
                s -> List.of(Choice.of("True", "predict.c.name", "True"), Choice.of("False", "predict.c.name", "False"),
                        Choice.unknowable()),
                s -> timeout(s) >= delay(s) || timedOutFirst(s),
                s -> timeout(s) >= delay(s) ? w("predict.why.event.timed_true", timeout(s), delay(s))
                        : timedOutFirst(s) ? w("predict.why.event.timed_false", timeout(s), delay(s))
                        : w("predict.why.event.timed_close", timeout(s), delay(s)),
                (f, s) -> {
                    List<RunFacts.Print> done = f.printsOf("event.timeout_done");
                    if (done.isEmpty() || done.get(0).args().isEmpty()) {
                        return null;
                    }
                    RunFacts.Print p = done.get(0);
                    Optional<RunFacts.Wait> wait = waitOf(f, p);
                    TraceEvent moment = wait.map(RunFacts.Wait::woke).orElse(p.event());
                    double from = wait.map(x -> x.waited().tUs() / 1e6).orElse(p.tUs() / 1e6);
                    double to = moment.tUs() / 1e6;
                    return new RunAnswer(p.args().get(0), w("predict.a.event.timed", p.name(), p.args().get(0), to - from,
                            from, to), moment);
                });
    }

    private static Question eventFirst() {
        return new Question("event.first", Kind.WAKES_FIRST, s -> w("predict.q.event.first"),
                s -> List.of(Choice.of("not-block", "predict.c.name", "not-block"),
                        Choice.of("block", "predict.c.name", "block"), Choice.unknowable()),
                s -> timedOutFirst(s),
                s -> w(timedOutFirst(s) ? "predict.why.event.first_known" : "predict.why.event.first_unknown",
                        timeout(s), delay(s), EVENT_MARGIN_S),
                (f, s) -> f.waits().stream().filter(RunFacts.Wait::woken).min(Comparator.comparingLong(RunFacts.Wait::tUs))
                        .map(x -> new RunAnswer(x.name(), w("predict.a.event.first", x.name(), x.tUs() / 1e6), x.woke()))
                        .orElse(null));
    }

    /** Whether the timed waiter's timeout surely ends before the set, its process's start counted. */
    private static boolean timedOutFirst(Settings s) {
        return timeout(s) <= delay(s) - EVENT_MARGIN_S + 1e-9;
    }

    private static double timeout(Settings s) {
        return s.getDouble("timeout");
    }

    private static double delay(Settings s) {
        return s.getDouble("delay");
    }

    // ---- pool

    /** How many workers the pool starts: its size, or (size 0) twice the CPUs, as the lesson does. */
    static int workers(Settings s) {
        int size = s.getInt("size");
        return size > 0 ? size : Runtime.getRuntime().availableProcessors() * 2;
    }

    private static Question poolFirstChunk() {
        return new Question("pool.first_chunk", Kind.FIRST_CHUNK, s -> w("predict.q.pool.first_chunk"),
                s -> {
                    List<Choice> out = new ArrayList<>(new TreeSet<>(List.of(1, workers(s))).stream()
                            .map(i -> Choice.of("PoolWorker-" + i, "predict.c.name", "PoolWorker-" + i)).toList());
                    out.add(Choice.unknowable());
                    return out;
                },
                s -> workers(s) == 1,
                s -> w(workers(s) == 1 ? "predict.why.pool.first_chunk_one" : "predict.why.pool.first_chunk"),
                (f, s) -> {
                    if (f.chunks().isEmpty()) {
                        return null;
                    }
                    RunFacts.Chunk c = f.chunks().get(0);
                    String each = f.chunksByWorker().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().size())
                            .collect(Collectors.joining(", "));
                    return new RunAnswer(c.workerName(), w("predict.a.pool.first_chunk", c.workerName(), each), c.event());
                });
    }

    // ---- deadlock

    private static Question deadlock() {
        return new Question("deadlock.happens", Kind.DEADLOCK, s -> w("predict.q.deadlock.happens"),
                s -> List.of(Choice.of("yes", "predict.c.yes"), Choice.of("no", "predict.c.no"), Choice.unknowable()),
                s -> s.getBool("same_order") || s.getDouble("pause") >= DEADLOCK_PAUSE_S,
                s -> s.getBool("same_order") ? w("predict.why.deadlock.same")
                        : s.getDouble("pause") >= DEADLOCK_PAUSE_S ? w("predict.why.deadlock.pause", s.getDouble("pause"))
                        : w("predict.why.deadlock.race", s.getDouble("pause")),
                (f, s) -> {
                    if (f.deadlock().isPresent()) {
                        RunFacts.Deadlock d = f.deadlock().get();
                        return new RunAnswer("yes", w(d.brokenByTimeout() ? "predict.a.deadlock.broken" : "predict.a.deadlock.yes",
                                d.tUs() / 1e6), d.event());
                    }
                    List<RunFacts.Print> both = f.printsOf("deadlock.got_both");
                    TraceEvent moment = both.isEmpty() ? lastEvent(f) : both.get(0).event();
                    return moment == null ? null : new RunAnswer("no", w("predict.a.deadlock.no", startGap(f)), moment);
                });
    }

    /** How far apart the two workers began to run, in seconds. */
    static double startGap(RunFacts f) {
        List<Long> starts = f.children().stream().filter(c -> c.start() != null).map(c -> c.start().tUs()).toList();
        return starts.size() < 2 ? 0 : Math.abs(starts.get(1) - starts.get(0)) / 1e6;
    }
}
