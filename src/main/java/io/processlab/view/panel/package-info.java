/**
 * The lesson's panel as a picture, with no toolkit: {@link io.processlab.view.panel.PanelContent}
 * reads the fold ({@link io.processlab.view.objects.ObjectsModel} at a time) into boxes of chips,
 * cards and words (the queue's cards, the lock, the event's lamp, the pipes, the pool's workers; a
 * concept lesson's processes), and {@link io.processlab.view.panel.PanelRenderer} lays them out
 * and draws them through a {@link io.processlab.view.timeline.Painter}: the same drawing serves the
 * PNG, the SVG and the GIF. The window keeps its own JavaFX panels.
 */
package io.processlab.view.panel;
