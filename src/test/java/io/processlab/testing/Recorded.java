package io.processlab.testing;

import io.processlab.trace.TraceFile;
import io.processlab.trace.TraceFormatException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Real runs recorded with {@code run LESSON --lang en --trace} (src/test/resources/traces): queue, process, event, pipe, pool, threads. */
public final class Recorded {
    private Recorded() {
    }

    public static Path path(String lesson) {
        try {
            return Path.of(Recorded.class.getResource("/traces/" + lesson + ".processlab").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TraceFile.Recording load(String lesson) {
        try {
            return TraceFile.load(path(lesson));
        } catch (TraceFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
