/**
 * The desktop application: the entry point of {@code processlab.jar} and, later, the JavaFX
 * window. The only package that may use JavaFX.
 */
package io.processlab.app;
