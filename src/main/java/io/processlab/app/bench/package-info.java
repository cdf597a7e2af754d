/**
 * {@code bench --ui}: the live timeline, PNG export and trace files at scale, measured headless
 * (Monocle, software rendering); the engine's own bench is in {@code io.processlab.cli.bench}.
 */
package io.processlab.app.bench;
