package io.processlab.trace;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that is not written because of what its path is, found before anything is written:
 * {@link #why()} for a message in the user's language, {@link #path()} the part of the path meant.
 */
public final class OutputPathException extends IOException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the path. */
    public enum Why {
        /** The folder it would go in does not exist (no folder is created). */
        NO_FOLDER,
        /** A part of the path that must be a folder is a file. */
        NOT_A_FOLDER,
        /** The path is a folder. */
        IS_FOLDER,
        /** The path is a device, a pipe, a socket, or a loop of links: only ordinary files are replaced. */
        NOT_REGULAR,
        /** Its folder takes no new files ({@code /proc}, {@code /sys}). */
        CANNOT_CREATE,
        /** It is the file being read, or another output of the same command. */
        SAME_AS_INPUT
    }

    private final Why why;
    private final transient Path path;

    public OutputPathException(Why why, Path path) {
        super(why.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + path);
        this.why = why;
        this.path = path;
    }

    public Why why() {
        return why;
    }

    /** The path meant: the file, or its folder for {@link Why#NO_FOLDER} and {@link Why#CANNOT_CREATE}. */
    public Path path() {
        return path;
    }
}
