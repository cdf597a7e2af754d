/** The headless command line: {@code run} a lesson, {@code bench}, {@code export}. No display needed. */
package io.processlab.cli;
