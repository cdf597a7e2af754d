package io.processlab.app.screenshots;

import java.io.IOException;
import javafx.scene.Scene;

/** What the tour does at each moment it shows: write a picture, or audit the layout. */
public interface Camera {
    /** Takes {@code scene} as it is laid out now; {@code name} says lesson, language, size and tab. */
    void shot(String name, Scene scene) throws IOException;

    /** The tour is over: {@code why} is null when every run succeeded, else what failed. */
    void done(String why);
}
