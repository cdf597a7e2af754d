/** Lesson "pool": a pool of worker processes maps a function over a list. */
package io.processlab.lessons.pool;
