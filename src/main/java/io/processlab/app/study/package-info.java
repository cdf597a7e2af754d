/**
 * Run ×N in the window (issue 16): the toolbar's control beside Run, and the series' own window
 * (progress and Stop, the table of outcomes with their counts, the histograms, each run one
 * click away in the main window). {@link io.processlab.app.study.RepeatViewModel} is tested
 * without a window; what it shows it reads from {@link io.processlab.study.Summary} and
 * {@link io.processlab.study.RunFacts}.
 */
package io.processlab.app.study;
