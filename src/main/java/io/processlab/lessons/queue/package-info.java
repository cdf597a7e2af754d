/** Lesson "queue": consumer processes share a JoinableQueue of tasks and a queue of results. */
package io.processlab.lessons.queue;
