/** Concept demo "cores": a CPU-bound job split over 1..N processes, and the cores they ran on. */
package io.processlab.lessons.cores;
