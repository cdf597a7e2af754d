package io.processlab.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/** Every registered target and pool function, loaded once from the {@link TargetCatalog}s. */
public final class Targets implements TargetCatalog.Registrar {
    private static volatile Targets loaded;

    private final Map<String, Target> targets = new HashMap<>();
    private final Map<String, Function<Object, Object>> functions = new HashMap<>();

    /**
     * A system property with the class names of the catalogs, comma-separated, that a parent puts
     * on its children's command line: a child then loads just those instead of letting
     * {@link ServiceLoader} scan every module and jar for the services file (measured: a tenth of
     * a child's start). Each must be a {@link TargetCatalog}; if one is missing, the child scans.
     */
    public static final String CATALOGS_PROPERTY = "processlab.catalogs";

    private final List<String> catalogs = new ArrayList<>();

    /** The registry of this process, loaded on first use. */
    public static Targets get() {
        Targets t = loaded;
        if (t == null) {
            synchronized (Targets.class) {
                t = loaded;
                if (t == null) {
                    t = load(System.getProperty(CATALOGS_PROPERTY, ""));
                    loaded = t;
                }
            }
        }
        return t;
    }

    private static Targets load(String listed) {
        if (!listed.isBlank()) {
            try {
                List<TargetCatalog> found = new ArrayList<>();
                for (String name : listed.split(",")) {
                    Class<?> c = Class.forName(name.strip(), false, Targets.class.getClassLoader());
                    // checked before anything of it runs: only a TargetCatalog is ever initialized
                    if (!TargetCatalog.class.isAssignableFrom(c)) {
                        throw new ClassCastException(name + " is not a target catalog");
                    }
                    found.add((TargetCatalog) c.getDeclaredConstructor().newInstance());
                }
                return of(found);
            } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                // not the catalogs of this class path: scan for them
            }
        }
        List<TargetCatalog> found = new ArrayList<>();
        ServiceLoader.load(TargetCatalog.class, Targets.class.getClassLoader()).forEach(found::add);
        return of(found);
    }

    private static Targets of(List<TargetCatalog> catalogs) {
        Targets t = new Targets();
        for (TargetCatalog c : catalogs) {
            c.register(t);
            t.catalogs.add(c.getClass().getName());
        }
        return t;
    }

    /** The class names of the catalogs this registry was loaded from, in order (for {@link #CATALOGS_PROPERTY}). */
    public List<String> catalogs() {
        return List.copyOf(catalogs);
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
