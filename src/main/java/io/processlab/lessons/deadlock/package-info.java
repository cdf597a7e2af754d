/** Lesson "deadlock": two processes take two locks in opposite orders and wait for each other. */
package io.processlab.lessons.deadlock;
