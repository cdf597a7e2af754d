/** Lesson "event": one process waits for a flag without limit, another with a timeout. */
package io.processlab.lessons.event;
