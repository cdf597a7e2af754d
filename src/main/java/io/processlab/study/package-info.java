/**
 * Self-study over real runs (issue 16): what one run's trace says ({@link io.processlab.study.RunFacts}, read
 * only from the trace's typed fields, for a lesson's run and a traced Python program alike), and running a
 * lesson or a program many times and summing up what changed from run to run. No JavaFX.
 */
package io.processlab.study;
