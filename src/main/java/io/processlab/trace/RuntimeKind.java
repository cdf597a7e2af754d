package io.processlab.trace;

/**
 * What ran the run's processes: a lesson's Java children or a Python program's interpreters. A
 * trace file says it in its header ({@code "runtime": "python"}; a Java run's file says nothing);
 * the words that depend on it (a process starting: a JVM boots, an interpreter starts) ask
 * {@link Trace#runtime()}.
 */
public enum RuntimeKind {
    JAVA("java"), PYTHON("python");

    private final String id;

    RuntimeKind(String id) {
        this.id = id;
    }

    /** As the trace file's header writes it. */
    public String id() {
        return id;
    }

    /** The runtime a header's {@code runtime} names; Java when it names none or one unknown. */
    public static RuntimeKind of(String id) {
        return PYTHON.id.equals(id) ? PYTHON : JAVA;
    }
}
