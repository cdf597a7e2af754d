/** Concept demo "isolation": each process has its own memory. */
package io.processlab.lessons.isolation;
