package io.processlab.api;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/** Every registered target and pool function, loaded once from the {@link TargetCatalog}s. */
public final class Targets implements TargetCatalog.Registrar {
    private static volatile Targets loaded;

    private final Map<String, Target> targets = new HashMap<>();
    private final Map<String, Function<Object, Object>> functions = new HashMap<>();

    /** The registry of this process, loaded on first use. */
    public static Targets get() {
        Targets t = loaded;
        if (t == null) {
            synchronized (Targets.class) {
                t = loaded;
                if (t == null) {
                    t = new Targets();
                    for (TargetCatalog c : ServiceLoader.load(TargetCatalog.class, Targets.class.getClassLoader())) {
                        c.register(t);
                    }
                    loaded = t;
                }
            }
        }
        return t;
    }

    @Override
    public synchronized void target(String name, Target target) {
        if (targets.putIfAbsent(name, target) != null) {
            throw new IllegalStateException("target '" + name + "' registered twice");
        }
    }

    @Override
    public synchronized void function(String name, Function<Object, Object> function) {
        if (functions.putIfAbsent(name, function) != null) {
            throw new IllegalStateException("function '" + name + "' registered twice");
        }
    }

    /** The target of that name, or null. */
    public synchronized Target target(String name) {
        return targets.get(name);
    }

    /** The pool function of that name, or null. */
    public synchronized Function<Object, Object> function(String name) {
        return functions.get(name);
    }

    public synchronized Map<String, Target> targets() {
        return Collections.unmodifiableMap(new HashMap<>(targets));
    }
}
