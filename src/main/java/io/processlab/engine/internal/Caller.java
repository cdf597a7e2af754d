package io.processlab.engine.internal;

/** The process that makes a call on a shared object. */
public record Caller(long pid, String name) {
}
