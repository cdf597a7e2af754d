/**
 * The live timeline in the window: {@link io.processlab.app.timeline.TimelineCanvas}, a JavaFX
 * canvas that draws {@link io.processlab.view.timeline.TimelineRenderer}'s picture through
 * {@link io.processlab.app.timeline.FxPainter}, takes a run's new events once per frame, zooms,
 * pans and follows "now".
 */
package io.processlab.app.timeline;
