/**
 * The parent's side of a run: it starts real child JVMs ({@link io.processlab.engine.ChildProcess}),
 * hosts every shared object in its {@link io.processlab.engine.Broker}, answers the children's
 * calls, records everything in the run's trace, and ends every child when the run ends
 * ({@link io.processlab.engine.Run}).
 */
package io.processlab.engine;
