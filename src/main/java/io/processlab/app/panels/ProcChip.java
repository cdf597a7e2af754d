package io.processlab.app.panels;

import io.processlab.app.style.ProcessPalette;
import io.processlab.view.objects.Proc;

/**
 * A process as a panel shows it: name, PID and colour.
 *
 * @param pid its id
 * @param name its name
 * @param colour its colour number ({@link ProcessPalette})
 */
public record ProcChip(long pid, String name, int colour) {
    public static ProcChip of(Proc p, ProcessPalette palette) {
        return p == null ? null : new ProcChip(p.pid(), p.name(), palette.colour(p.pid()));
    }

    /** "Consumer-1 · 4242". */
    public String text() {
        return name + " \u00b7 " + pid;
    }
}
