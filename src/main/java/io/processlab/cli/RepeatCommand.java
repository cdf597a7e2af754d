package io.processlab.cli;

import io.processlab.study.Histogram;
import io.processlab.study.Repeat;
import io.processlab.study.Runner;
import io.processlab.study.Summary;
import io.processlab.trace.AtomicFile;
import io.processlab.trace.TraceFile;
import io.processlab.wire.Bundles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code run LESSON --repeat N [--trace-dir DIR]} (and {@code run PROGRAM.py --repeat N}): runs it
 * N times for real, one after another, prints one line per run (what it showed: the order of
 * the children's prints, who took which task, ...) and then the counts. Exits 0 when every run
 * succeeded. Ctrl-C stops the run going now, its processes included, and ends the series.
 */
final class RepeatCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Locale msgs;

    RepeatCommand(PrintStream out, PrintStream err, Locale msgs) {
        this.out = out;
        this.err = err;
        this.msgs = msgs;
    }

    /** What the command line gave that --repeat cannot take, told in one line, or null. */
    static String clash(Locale msgs, int repeat, Path traceDir, Path... singles) {
        if (repeat == 0) {
            return traceDir == null ? null : CliText.get(msgs, "repeat.needs_repeat");
        }
        for (Path p : singles) {
            if (p != null) {
                return CliText.get(msgs, "repeat.one_run_only");
            }
        }
        return null;
    }

    /**
     * Runs the series.
     *
     * @param label the lesson's id or the program's file name, to name the traces and the failure
     */
    int execute(Runner runner, String label, int times, Path traceDir) {
        if (traceDir != null) {
            try {
                Files.createDirectories(traceDir);
                AtomicFile.checkWritable(traceDir.resolve(name(label, 1)));
            } catch (IOException e) {
                err.println(CliText.get(msgs, "repeat.trace_dir_failed", traceDir, CliText.io(msgs, e)));
                return Cli.FAILED;
            }
        }
        Repeat repeat = new Repeat(runner, times);
        AtomicBoolean done = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            if (!done.get()) {
                repeat.stop();
                err.println(CliText.get(msgs, "repeat.interrupted", label, repeat.results().size(), times));
                err.flush();
            }
        }, "repeat-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        List<String> saveFailures = new ArrayList<>();
        try {
            repeat.run(new Repeat.Listener() {
                @Override
                public void ran(Repeat.Result r) {
                    synchronized (out) {
                        out.println(line(r, times));
                        out.flush();
                    }
                    if (traceDir != null && !r.ran().trace().events().isEmpty()) {
                        Path file = traceDir.resolve(name(label, r.run()));
                        try {
                            TraceFile.save(file, r.ran().lesson(), r.ran().settings(), r.ran().header(), r.ran().trace());
                        } catch (IOException e) {
                            saveFailures.add(CliText.get(msgs, "run.trace_failed", file, CliText.io(msgs, e)));
                        }
                    }
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            repeat.stop();
        } finally {
            done.set(true);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ending) {
                // the JVM is ending: the hook stops the series
            }
        }
        counts(repeat.summary());
        if (traceDir != null) {
            out.println(CliText.get(msgs, "repeat.saved", repeat.results().size(), traceDir));
        }
        out.flush();
        saveFailures.forEach(err::println);
        List<Repeat.Result> failed = repeat.failures();
        if (!failed.isEmpty()) {
            Repeat.Result first = failed.get(0);
            err.println(CliText.get(msgs, "repeat.failed", label, failed.size(), times, first.run(),
                    first.ran().failure().words(msgs)));
            return Cli.FAILED;
        }
        return saveFailures.isEmpty() ? 0 : Cli.FAILED;
    }

    /** {@code queue-07.processlab}: the run's number, two digits, so that the files sort in order. */
    static String name(String label, int run) {
        String stem = label.endsWith(".py") ? label.substring(0, label.length() - 3) : label;
        return String.format(Locale.ROOT, "%s-%02d.processlab", stem, run);
    }

    private String line(Repeat.Result r, int times) {
        if (!r.ok()) {
            return CliText.get(msgs, "repeat.run_failed", r.run(), times, r.ran().failure().words(msgs));
        }
        return CliText.get(msgs, "repeat.run", r.run(), times, r.outcome().words(msgs),
                Bundles.decimal(msgs, r.facts().durationUs() / 1e6, 2));
    }

    private void counts(Summary s) {
        out.println(CliText.get(msgs, "repeat.counts", s.total(), s.rows().size(), s.aspect().heading(msgs)));
        for (Summary.Row r : s.rows()) {
            out.println(CliText.get(msgs, "repeat.count", r.count(), Summary.rowWords(r, msgs), runs(r.runs())));
        }
        for (Map.Entry<Integer, Map<String, Integer>> t : s.takers().entrySet()) {
            List<String> who = new ArrayList<>();
            t.getValue().forEach((c, n) -> who.add(CliText.get(msgs, "repeat.times", c, n)));
            out.println(CliText.get(msgs, "repeat.task", t.getKey(), String.join(", ", who)));
        }
        s.chunkCounts().forEach((chunks, n) -> out.println(CliText.get(msgs, "repeat.chunks", chunks, n)));
        Histogram d = s.deadlockTimes();
        if (d.count() > 0) {
            out.println(CliText.get(msgs, "repeat.deadlock_times", d.count(), s.total(), spread(d)));
        }
        Histogram h = s.startDelays();
        if (h.count() > 0) {
            out.println(CliText.get(msgs, "repeat.starts", h.count(), spread(h)));
        }
    }

    private String spread(Histogram h) {
        return CliText.get(msgs, "repeat.spread", Histogram.time(msgs, h.minUs(), h.maxUs()),
                Histogram.time(msgs, h.maxUs(), h.maxUs()), Histogram.time(msgs, h.medianUs(), h.maxUs()));
    }

    private static String runs(List<Integer> runs) {
        List<String> s = new ArrayList<>();
        runs.forEach(r -> s.add(String.valueOf(r)));
        return String.join(", ", s);
    }
}
