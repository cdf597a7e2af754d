package io.processlab.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that leaves a child process of this JVM alive. Gives stragglers up to two
 * seconds to end (the run's own escalation takes about that long), then kills what is left so
 * that one leak does not spill into the next test.
 */
public final class NoChildrenLeft implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        long deadline = System.nanoTime() + 2_000_000_000L;
        List<ProcessHandle> left = descendants();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            left = descendants();
        }
        if (!left.isEmpty()) {
            String what = left.stream()
                    .map(p -> p.pid() + " " + p.info().commandLine().orElse("?"))
                    .collect(Collectors.joining("; "));
            left.forEach(ProcessHandle::destroyForcibly);
            fail("child processes left after the test: " + what);
        }
    }

    private static List<ProcessHandle> descendants() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).collect(Collectors.toList());
    }
}
