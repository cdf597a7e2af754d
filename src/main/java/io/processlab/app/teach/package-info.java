/**
 * The teaching layer of the window: the toolbar's tempo, step mode, language, presenter and help
 * controls; the Code tab (the lesson's Java and Python with the line each process reached); the
 * Scheduler tab of step mode ("you are the scheduler"); presenter mode; keyboard shortcuts and
 * their help overlay. {@link io.processlab.app.teach.Teaching} puts them into the main window.
 */
package io.processlab.app.teach;
