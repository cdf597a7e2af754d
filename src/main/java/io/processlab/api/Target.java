package io.processlab.api;

import java.util.List;

/**
 * Code that a child process runs, registered by name in a {@link TargetCatalog}. A child never
 * loads a class named by its input: it looks the name up among the registered targets.
 */
@FunctionalInterface
public interface Target {
    /**
     * @param self the child process
     * @param args the spawn arguments, decoded; shared objects arrive as proxies
     * @return a sendable result, reported with the child's exit
     */
    Object run(ProcessContext self, List<Object> args) throws Exception;
}
