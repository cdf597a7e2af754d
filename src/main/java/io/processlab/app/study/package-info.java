/**
 * Run ×N in the window (issue 16): the toolbar's control beside Run, and the series' own window
 * (progress and Stop, the table of outcomes with their counts, the histograms, each run one
 * click away in the main window). {@link io.processlab.app.study.RepeatViewModel} is tested
 * without a window; what it shows it reads from {@link io.processlab.study.Summary} and
 * {@link io.processlab.study.RunFacts}. The Predict
 * tab: {@link io.processlab.app.study.PredictView} and its view model, the lesson's questions
 * before a run, their verdicts against the run's own trace after it, the challenges, and what the
 * student has done so far; the questions and their checks are {@code io.processlab.study}'s.
 */
package io.processlab.app.study;
