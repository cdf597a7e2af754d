/** Small helpers for the JavaFX thread, and where a scrolled panel may end without slicing a line ({@link io.processlab.app.fx.PanelCut}). */
package io.processlab.app.fx;
