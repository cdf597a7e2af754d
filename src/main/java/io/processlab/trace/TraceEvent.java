package io.processlab.trace;

import com.google.gson.annotations.SerializedName;

/**
 * One thing that happened in a run, as the trace file stores it.
 *
 * @param tUs microseconds since the run started, stamped by the parent on receipt
 * @param pid the process it happened in
 * @param name that process's name
 * @param kind a lower-case word of {@link Kinds}
 * @param object the shared object involved (e.g. {@code lock-1}), or null
 * @param detail a short text for people (an item, a timeout, how it exited), in the run's words, or null
 * @param text the printed text of a print event, or null
 * @param msg for a put/send and its get/recv: the same number, to draw an arrow; else 0
 * @param fields the typed fields of its kind ({@link Fields}), never null: what views read
 */
public record TraceEvent(
        @SerializedName("t_us") long tUs,
        long pid,
        String name,
        String kind,
        String object,
        String detail,
        String text,
        long msg,
        Fields fields) {

    public TraceEvent {
        fields = fields == null ? Fields.NONE : fields;
    }

    /** An event with no typed fields. */
    public TraceEvent(long tUs, long pid, String name, String kind, String object, String detail, String text, long msg) {
        this(tUs, pid, name, kind, object, detail, text, msg, Fields.NONE);
    }

    public static TraceEvent of(long tUs, long pid, String name, String kind, String object, String detail) {
        return new TraceEvent(tUs, pid, name, kind, object, detail, null, 0);
    }

    public boolean is(String k) {
        return kind.equals(k);
    }

    /** Its typed fields if they are of {@code type}, else null: {@code e.fields(Fields.Exit.class)}. */
    public <T extends Fields> T fields(Class<T> type) {
        return type.isInstance(fields) ? type.cast(fields) : null;
    }

    /** The same event with other typed fields. */
    public TraceEvent with(Fields f) {
        return new TraceEvent(tUs, pid, name, kind, object, detail, text, msg, f);
    }
}
