package io.processlab.app.panels;

import io.processlab.app.style.ProcessPalette;
import io.processlab.view.objects.ObjectsModel;

/** A lesson panel's view model: it reads the fold of the run's objects. */
interface PanelModel {
    /** Takes what {@code model} says now (FX thread). */
    void update(ObjectsModel model, ProcessPalette palette);

    /** Back to "no run". */
    void clear();
}
