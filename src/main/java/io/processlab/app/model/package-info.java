/** The main window's view models: the run's lifecycle, the lesson list and its settings, the console and wire lines. No node is built here. */
package io.processlab.app.model;
