/**
 * Exports of a run's timeline that need no display: {@link io.processlab.view.export.PngExport}
 * draws the whole run with Java2D ({@link io.processlab.view.export.Java2DPainter}) into a PNG,
 * and {@link io.processlab.view.export.ChromeTraceExport} writes Trace Event Format JSON for
 * chrome://tracing and Perfetto.
 */
package io.processlab.view.export;
