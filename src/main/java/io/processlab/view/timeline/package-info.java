/**
 * The timeline of a run, with no toolkit: {@link io.processlab.view.timeline.ProcessStates}
 * derives each process's states and the message arrows from the trace events (live, one batch
 * at a time, and queryable at any time), and {@link io.processlab.view.timeline.TimelineRenderer}
 * draws them through a {@link io.processlab.view.timeline.Painter}, which the PNG export
 * implements with Java2D and the window with a JavaFX canvas.
 */
package io.processlab.view.timeline;
