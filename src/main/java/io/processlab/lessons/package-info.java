/**
 * The lessons: one package each, with its settings (the seed's defaults and their allowed
 * ranges), the parent's script and the targets its children run. {@link io.processlab.lessons.course.Lessons}
 * lists them all.
 */
package io.processlab.lessons;
