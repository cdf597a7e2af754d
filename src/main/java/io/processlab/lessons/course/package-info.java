/**
 * The course: every lesson in its order ({@link io.processlab.lessons.course.Lessons}) and the
 * registration of their targets for the child processes. Apart from the lessons' own packages so
 * that {@code lessons} (what every lesson is made of) depends on none of them.
 */
package io.processlab.lessons.course;
