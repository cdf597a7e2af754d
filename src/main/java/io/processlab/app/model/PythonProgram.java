package io.processlab.app.model;

import java.nio.file.Path;

/**
 * The Python program a run shows: its file, its text (for the Code tab) and, for a seed lesson's
 * twin, that lesson's id (else null).
 */
public record PythonProgram(Path file, String source, String twinOf) {
}
