package io.processlab.study;

import io.processlab.trace.TraceEvent;

/**
 * What one run's trace answers to a question: the answer it gives (a {@link Choice#id()}, which
 * may be one no choice offers), in words, and the event that decides it ("the moment").
 */
public record RunAnswer(String id, Wording words, TraceEvent moment) {
}
