package io.processlab.trace;

/**
 * Which text of the lessons' bundle a version-1 file's printed line is (version 1 wrote only the
 * line; version 2 writes its key and arguments, {@link Fields.Said}). The trace knows no bundle,
 * so the lessons provide this as a service ({@link java.util.ServiceLoader}, listed in
 * {@code META-INF/services}); {@code VersionOne} asks it for every printed line of such a file.
 */
public interface Version1Prints {
    /** The key and arguments of {@code line}, or null when it is none of the texts a panel reads. */
    Fields.Said said(String line);
}
