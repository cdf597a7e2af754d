/**
 * Running an unmodified Python program with every process it starts traced live: the tracer
 * (resources/python/processlab_trace, entering each interpreter as a sitecustomize) writes one
 * JSON line per event on one Unix-domain socket per process; {@link io.processlab.python.PythonRun}
 * starts the program, listens, and turns what the tracer sends into the same trace kinds and
 * fields as a Java run ({@code TraceMapper}, the one place that knows the tracer's messages).
 * No JavaFX here; the command line and the window both use it.
 */
package io.processlab.python;
