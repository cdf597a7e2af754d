package io.processlab.lessons;

import java.util.List;

/** What every lesson has in the same way: its id and its settings. */
public abstract class BaseLesson implements Lesson {
    private final String id;
    private final List<SettingSpec> settings;

    protected BaseLesson(String id, List<SettingSpec> settings) {
        this.id = id;
        this.settings = List.copyOf(settings);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<SettingSpec> settings() {
        return settings;
    }

    @Override
    public String toString() {
        return id;
    }
}
