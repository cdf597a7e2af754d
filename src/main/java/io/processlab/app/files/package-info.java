/**
 * Runs as files: Save run and Open run (the trace file of the design; saved runs are
 * {@code *.processlab}, any ProcessLab {@code .json} trace opens too), opening by drag and drop or
 * from the command line, and the exports of the whole timeline as PNG and as a Chrome/Perfetto
 * trace. {@link io.processlab.app.files.RunFiles} does the work and words every failure in the
 * window's language; {@link io.processlab.app.files.FileActions} is the File menu, the file
 * choosers and the drop target, and does the work off the FX thread.
 */
package io.processlab.app.files;
