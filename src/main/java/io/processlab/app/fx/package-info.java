/** Small helpers for the JavaFX thread. */
package io.processlab.app.fx;
