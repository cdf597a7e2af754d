package io.processlab.api;

import java.util.function.Function;

/**
 * A provider of named targets and pool functions, found with {@link java.util.ServiceLoader}
 * (listed in {@code META-INF/services/io.processlab.api.TargetCatalog}).
 */
public interface TargetCatalog {
    void register(Registrar registrar);

    /** What a catalog registers into. */
    interface Registrar {
        void target(String name, Target target);

        /** A function for a pool's map: takes one sendable item, returns a sendable result. */
        void function(String name, Function<Object, Object> function);
    }
}
