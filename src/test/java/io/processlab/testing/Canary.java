package io.processlab.testing;

/**
 * A class that says when it is loaded: its static initializer sets the system property
 * {@link #PROPERTY}. Tests name it in input (a trace file, a target name) to prove that input never
 * loads a class.
 */
public final class Canary {
    /** Set to "loaded" when this class is initialized. */
    public static final String PROPERTY = "processlab.test.canary";

    static {
        System.setProperty(PROPERTY, "loaded");
    }

    private Canary() {
    }
}
