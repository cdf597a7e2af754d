/** Lesson "process": processes started like threads, printing in turn under one lock. */
package io.processlab.lessons.process;
