package io.processlab.app.panels;

import io.processlab.app.style.ProcessPalette;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.PipeState;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Pipe: each pipe's two ends, the messages in flight toward each end and those received. */
public final class PipeLessonViewModel implements PanelModel {
    /**
     * One end of a pipe.
     *
     * @param id the end's object id ("pipe.a")
     * @param user the process that last used it, or null
     * @param closed whether it was closed
     * @param eof whether a receive found the other end closed
     * @param received the messages it received, in order
     * @param waiting who is blocked in recv on it
     */
    public record End(String id, ProcChip user, boolean closed, boolean eof, List<CardRow> received,
                      List<ProcChip> waiting) {
    }

    /**
     * A pipe.
     *
     * @param id its id
     * @param a the first end
     * @param b the second end
     * @param towardA messages sent on b, not yet received on a
     * @param towardB messages sent on a, not yet received on b
     */
    public record Pipe(String id, End a, End b, List<CardRow> towardA, List<CardRow> towardB) {
    }

    private final ObservableList<Pipe> pipes = FXCollections.observableArrayList();
    private final ObservableList<Pipe> pipesView = FXCollections.unmodifiableObservableList(pipes);

    /** The pipes, in creation order. */
    public ObservableList<Pipe> pipes() {
        return pipesView;
    }

    @Override
    public void update(ObjectsModel m, ProcessPalette palette) {
        List<Pipe> out = new ArrayList<>();
        for (PipeState p : m.pipes()) {
            out.add(new Pipe(p.id(), end(p.a(), palette), end(p.b(), palette),
                    cards(p.a().inFlight(), palette), cards(p.b().inFlight(), palette)));
        }
        Lists.replace(pipes, out);
    }

    private static End end(PipeState.End e, ProcessPalette palette) {
        return new End(e.id(), ProcChip.of(e.user(), palette), e.closed(), e.eof(), cards(e.received(), palette),
                ProcessLessonViewModel.chips(e.receivers(), palette));
    }

    static List<CardRow> cards(List<io.processlab.view.objects.Card> cs, ProcessPalette palette) {
        return cs.stream().map(c -> CardRow.of(c, palette)).toList();
    }

    @Override
    public void clear() {
        pipes.clear();
    }
}
