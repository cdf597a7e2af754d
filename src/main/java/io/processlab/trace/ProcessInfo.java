package io.processlab.trace;

/**
 * A process of a run as the trace file lists it.
 *
 * @param pid its operating-system id
 * @param name its name ("MainProcess" for the parent)
 * @param role "main", "child" or "pool-worker"
 * @param target the registered target it ran (null for the parent)
 */
public record ProcessInfo(long pid, String name, String role, String target) {
}
