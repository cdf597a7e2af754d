/**
 * What happened in a run: {@link io.processlab.trace.TraceEvent}s stamped by the parent's
 * monotonic clock, kept in an append-only, thread-safe {@link io.processlab.trace.Trace};
 * saved and loaded as the trace file of the design ({@link io.processlab.trace.TraceFile}).
 */
package io.processlab.trace;
