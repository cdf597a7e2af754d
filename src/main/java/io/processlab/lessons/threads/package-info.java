/** Concept demo "threads": processes against threads, start-up time and memory. */
package io.processlab.lessons.threads;
