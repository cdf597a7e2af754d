/**
 * Replay: a run you can scrub through, live or saved. {@link io.processlab.app.replay.Player} is
 * the scrubber's view model (the cursor's time, play, pause, step, speed, following "now"), driven
 * once per frame by a {@link io.processlab.app.replay.Ticker}; {@link io.processlab.app.replay.ReplayFold}
 * keeps the fold of the events up to the cursor (forward one event at a time, rebuilt only when
 * the cursor goes back); {@link io.processlab.app.replay.ScrubberView} is the bar under the timeline.
 */
package io.processlab.app.replay;
