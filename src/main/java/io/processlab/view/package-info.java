/**
 * Non-JavaFX view logic: what the windows and exports show, derived from a run's trace. May
 * use {@code java.awt} (Java2D), {@code trace} and {@code wire}; never JavaFX.
 */
package io.processlab.view;
