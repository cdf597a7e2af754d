/**
 * The JavaFX desktop app, the only package that uses JavaFX: the window ({@link io.processlab.app.MainView}
 * with its {@link io.processlab.app.model.MainViewModel}), the settings sheet, the console and wire
 * views, and the run session that keeps the engine off the FX thread. Each screen is an
 * {@code XxxView} (nodes only) and an {@code XxxViewModel} (read-only properties, tested
 * without a window).
 */
package io.processlab.app;

import io.processlab.app.model.MainViewModel;
