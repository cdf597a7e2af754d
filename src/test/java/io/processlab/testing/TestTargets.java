package io.processlab.testing;

import io.processlab.api.TargetCatalog;

/**
 * Targets that only the test suite registers (listed in the test classes'
 * META-INF/services). Children see them because the test build puts the test classes on the
 * children's classpath ({@code processlab.child.extraClasspath}). Add test targets in
 * {@link #register} with a {@code test.} prefix.
 */
public final class TestTargets implements TargetCatalog {
    @Override
    public void register(Registrar r) {
        r.target("test.noop", (self, args) -> null);
        r.target("test.echo_args", (self, args) -> args);
        r.target("test.put", (self, args) -> {
            ((io.processlab.api.Queue) args.get(0)).put(args.get(1));
            return null;
        });
    }
}
