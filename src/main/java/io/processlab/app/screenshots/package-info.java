/**
 * {@code java -jar processlab.jar screenshots DIR}: the real window, at a set size, runs each
 * lesson with its defaults, puts the scrubber at the run's busiest moment, and writes a snapshot
 * of the window ({@code DIR/app-LESSON.png}) and the whole timeline ({@code DIR/timeline-LESSON.png}),
 * then exits. It needs a display (on a server: {@code xvfb-run}); see the README.
 */
package io.processlab.app.screenshots;
