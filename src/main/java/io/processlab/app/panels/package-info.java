/**
 * The lessons' live panels. Each lesson page implements {@link io.processlab.app.panels.LessonPage}
 * and is listed in {@link io.processlab.app.panels.LessonPages}; each has a view model that
 * reads the fold of {@code io.processlab.view.objects}, so the same panel shows a live run or a
 * replayed moment.
 */
package io.processlab.app.panels;
