/**
 * The Predict tab (issue 16): {@link io.processlab.app.study.PredictView} and its view model, the
 * lesson's questions before a run, their verdicts against the run's own trace after it, the
 * challenges, and what the student has done so far. The questions and their checks are
 * {@code io.processlab.study}'s; this only shows them.
 */
package io.processlab.app.study;
