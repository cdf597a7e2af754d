/** Concept demo "spawn": how a child process is born, and how fork would differ. */
package io.processlab.lessons.spawn;
