/** Lesson "pipe": two processes talk through the two ends of a pipe. */
package io.processlab.lessons.pipe;
