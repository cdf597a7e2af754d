package io.processlab.python;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A traced process's connection as the app reads it: after a read that emptied the socket (it
 * returned less than asked), the reader naps {@link #NAP_NANOS} before it reads again. While it
 * naps it is not waiting on the socket, so a process that writes an event meanwhile pays no
 * wake-up of the app's thread (the most of an event's cost in the kernel), and the next read takes
 * every line written during the nap at once. A line reaches the app at most a nap later than it
 * would have, against the 100 ms that every event waits anyway to be put in time order
 * ({@link Reorder}); an idle connection still blocks in its read (no polling). A read that filled
 * the buffer does not nap: the process writes faster than the app reads.
 */
final class NappingInput extends FilterInputStream {
    /** One millisecond. */
    static final long NAP_NANOS = 1_000_000;

    /** How the reader naps (a test passes one that counts). */
    interface Napper {
        void nap(long nanos) throws InterruptedException;
    }

    private final Napper napper;
    private boolean caughtUp;

    NappingInput(InputStream in) {
        this(in, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    NappingInput(InputStream in, Napper napper) {
        super(in);
        this.napper = napper;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (caughtUp) {
            try {
                napper.nap(NAP_NANOS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while napping");
            }
        }
        int n = in.read(b, off, len);
        caughtUp = n > 0 && n < len;
        return n;
    }
}
