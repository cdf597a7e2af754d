package io.processlab.trace;

import java.util.List;

/**
 * The typed fields of a {@link TraceEvent} (format version 2), one small record per kind of
 * event that has any. The event's {@code detail} stays the text shown to people, in the run's
 * words; these are what a view reads, so that rewording a text never changes what a view shows.
 * docs/trace-format.md lists, per kind, which record and which JSON fields a producer writes.
 */
public sealed interface Fields {
    /** An event with no typed fields. */
    Fields NONE = new None();

    /** No typed fields. */
    record None() implements Fields {
    }

    /**
     * {@code spawn}, {@code start}, {@code process-join-wait}, {@code process-joined}: the child
     * concerned ({@code child_pid}, {@code child_name}, {@code target}).
     *
     * @param childPid the child's PID (for {@code start}: the PID the child itself reported)
     * @param childName its name, or null when the event does not say it
     * @param target the registered code it runs, or null when the event does not say it
     */
    record Child(long childPid, String childName, String target) implements Fields {
    }

    /**
     * {@code exit}: how a child ended ({@code code}, {@code signal}, {@code reason}).
     *
     * @param code its exit code; -1 when it had none (it could not be reaped)
     * @param signal the signal that killed it (code 128 + N on Linux and macOS), or null
     * @param reason one of the {@code REASON_*} words
     */
    record Exit(int code, Integer signal, String reason) implements Fields {
        /** It returned normally: code 0. */
        public static final String EXITED = "exited";
        /** Its code was not 0 (it raised, or called exit with another code). */
        public static final String ERROR = "error";
        /** A signal ended it, not the run closing. */
        public static final String KILLED = "killed";
        /** The run was closed (Stop) while it lived, and ended it. */
        public static final String STOPPED = "stopped";
        /** It ended before it said hello: it could not start. */
        public static final String NO_START = "no-start";
        /** It had no exit code (code -1). */
        public static final String UNKNOWN = "unknown";

        /** The reason a producer writes for an exit it knows only by its code. */
        public static String reasonOf(int code, Integer signal) {
            return code == 0 ? EXITED : code == -1 ? UNKNOWN : signal != null ? KILLED : ERROR;
        }

        /** The signal a code means on Linux and macOS (over 128, at most 128 + 64), or null. */
        public static Integer signalOf(int code) {
            return code > 128 && code <= 128 + 64 ? code - 128 : null;
        }
    }

    /**
     * {@code acquire-wait}, {@code get-wait}, {@code event-wait}, {@code recv-wait}: how long the
     * call may wait ({@code timeout_s}) and, for a lock, who holds it ({@code held_by}).
     *
     * @param timeoutS the timeout in seconds, or null: it waits for ever
     * @param heldBy the PID holding the lock when the wait began, or null
     */
    record Wait(Double timeoutS, Long heldBy) implements Fields {
    }

    /**
     * {@code acquire-timeout}, {@code get-empty}, {@code event-wake}, {@code recv}: why a wait or
     * a call ended ({@code reason}), when not by getting what it asked for.
     *
     * @param reason one of the {@code *} words below
     */
    record Outcome(String reason) implements Fields {
        /** The time it allowed ran out. */
        public static final String TIMEOUT = "timeout";
        /** get-empty: nothing was there and it would not block. */
        public static final String EMPTY = "empty";
        /** acquire-timeout: the lock was held and it would not block. */
        public static final String BUSY = "busy";
        /** The broker woke it with no value (a pool's worker ended). */
        public static final String WOKEN = "woken";
        /** event-wake: the event was set while it waited. */
        public static final String SET = "set";
        /** event-wake: the event was already set, so it did not wait. */
        public static final String ALREADY_SET = "already-set";
        /** recv: the other end of the pipe is closed. */
        public static final String EOF = "eof";
        /** acquired: the lock's holder died holding it (Python's lock stays held; ours raises). */
        public static final String ABANDONED = "abandoned";
    }

    /**
     * {@code task-done}, {@code join-wait}, {@code joined}: the joinable queue's count of items
     * taken and not yet marked done ({@code unfinished}).
     */
    record Unfinished(int unfinished) implements Fields {
    }

    /** {@code create}: the type of the new object ({@code type}: Lock, Queue, JoinableQueue, Event, Connection...). */
    record Create(String type) implements Fields {
    }

    /** {@code sleep}: for how long ({@code seconds}). */
    record Sleep(double seconds) implements Fields {
    }

    /**
     * {@code held}, {@code granted}, {@code freed}: the operation step mode held and its number
     * in the gate ({@code op}, {@code seq}).
     */
    record Op(String op, long seq) implements Fields {
    }

    /**
     * A {@code put} or {@code get} of a pool's work: a chunk of a job, or its results
     * ({@code job}, {@code chunk}, {@code items}, {@code worker}, {@code results}, {@code values}).
     *
     * @param job the number of the {@code map} call, from 1
     * @param chunk the chunk's index in the job, from 0
     * @param items how many items (or results) the chunk has
     * @param worker the PID of the worker that took or computed it, or null while none did
     * @param results true for a chunk's results, false for the chunk of work
     * @param values the items (or results) as Python would print them, the first
     *               {@link #MAX_VALUES} at most, each at most {@link #MAX_VALUE_CHARS} characters
     */
    record PoolWork(int job, int chunk, int items, Long worker, boolean results, List<String> values)
            implements Fields {
        public static final int MAX_VALUES = 16;
        public static final int MAX_VALUE_CHARS = 40;

        public PoolWork {
            values = values == null ? List.of() : List.copyOf(values);
        }

        /** The same, taken or computed by {@code pid}. */
        public PoolWork by(long pid) {
            return new PoolWork(job, chunk, items, pid, results, values);
        }

        /** Whether every item (or result) is in {@link #values()}. */
        public boolean complete() {
            return values.size() == items;
        }
    }

    /**
     * {@code deadlock}: the cycle, each process waiting for a lock the next one holds
     * ({@code cycle}: a list of {@code {pid, name, waits_for, held_by}}).
     */
    record Deadlock(List<Link> cycle) implements Fields {
        public Deadlock {
            cycle = List.copyOf(cycle);
        }

        /**
         * One process of the cycle.
         *
         * @param pid the waiting process
         * @param name its name, or null when the producer did not say it
         * @param waitsFor the lock it waits for, or null when unknown (a version-1 file)
         * @param heldBy the PID of the process holding that lock (the next in the cycle)
         */
        public record Link(long pid, String name, String waitsFor, long heldBy) {
        }
    }

    /**
     * {@code metric}: a figure a lesson measured ({@code metric}: {@code {name, value, unit}}).
     *
     * @param name its name ({@code threads.start_ms}, {@code speedup.2})
     * @param value the figure
     * @param unit its unit ({@code ms}, {@code MiB}, {@code x}...), or null
     */
    record Metric(String name, double value, String unit) implements Fields {
    }

    /**
     * {@code print}: which text of the lessons' bundle the line is, and its arguments, as the line
     * shows them ({@code say}: {@code {key, args}}). A panel reads the values of a line from these,
     * never from its words, so a line reworded or in another language shows the same values.
     *
     * @param key the text's key in the lessons' bundle ({@code isolation.child_got})
     * @param args its arguments, each as the line writes it
     */
    record Said(String key, List<String> args) implements Fields {
        public Said {
            args = List.copyOf(args);
        }

        /** Argument {@code i}, or "" when the line has fewer. */
        public String arg(int i) {
            return i < args.size() ? args.get(i) : "";
        }
    }

    /** {@code restart}: a pool's worker ended and {@code worker} replaces {@code replaces}. */
    record Restart(long worker, long replaces) implements Fields {
    }
}
