package io.processlab.lessons;

import io.processlab.api.TargetCatalog;
import io.processlab.engine.MainContext;
import java.util.List;

/** A lesson: its settings, the parent's script, the targets of its children. */
public interface Lesson {
    /** The id used on the command line ({@code run ID}). */
    String id();

    /** Settings with the seed's defaults and allowed ranges. */
    List<SettingSpec> settings();

    /** Registers the targets its children run. */
    void targets(TargetCatalog.Registrar r);

    /** The parent's script: what Python's {@code main()} does in the seed. */
    void run(MainContext main, Settings settings) throws Exception;
}
