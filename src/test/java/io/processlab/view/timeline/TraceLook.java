package io.processlab.view.timeline;

import io.processlab.trace.TraceEvent;
import io.processlab.trace.TraceFile;
import io.processlab.view.export.ChromeTraceExport;
import io.processlab.view.objects.Deadlock;
import io.processlab.view.objects.EventState;
import io.processlab.view.objects.LockState;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.objects.PipeState;
import io.processlab.view.objects.PoolState;
import io.processlab.view.objects.ProcState;
import io.processlab.view.objects.Proc;
import io.processlab.view.objects.QueueState;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a saved run looks like to every view, as text: the timeline's lanes (each state interval
 * with its label, the lock band, marks, how each lane ended in both languages), the arrows, the
 * panels' fold replayed at five moments, and the Chrome/Perfetto export. Built only from API that
 * ProcessLab had before trace format version 2, so the same source, compiled against the code of
 * that time, wrote the expected texts of the version-1 fixtures ({@link #main}).
 */
public final class TraceLook {
    private TraceLook() {
    }

    /** Writes, for each trace file given, its look beside it ({@code NAME.look.txt}). */
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            Path f = Path.of(a);
            TraceFile.Recording rec = TraceFile.load(f);
            String name = f.getFileName().toString().replaceFirst("\\.json$", ".look.txt");
            Files.writeString(f.resolveSibling(name), of(rec), StandardCharsets.UTF_8);
        }
    }

    public static String of(TraceFile.Recording rec) throws IOException {
        StringBuilder b = new StringBuilder();
        ProcessStates s = ProcessStates.ofRun(rec.trace());
        b.append("== lanes (end ").append(s.endUs()).append(", events ").append(s.eventCount()).append(")\n");
        for (Lane l : s.lanes()) {
            b.append("lane ").append(l.pid()).append(' ').append(l.name()).append(" role=").append(l.role())
                    .append(" begin=").append(l.beginUs()).append(" end=").append(l.endUs())
                    .append(" code=").append(l.exitCode()).append(" failed=").append(l.failed()).append('\n');
            b.append("  ends: ").append(EndMark.words(l, Locale.ENGLISH)).append(" | ")
                    .append(EndMark.shortWords(l, Locale.ENGLISH)).append(" | ")
                    .append(EndMark.words(l, Locale.forLanguageTag("pt"))).append(" | ")
                    .append(EndMark.shortWords(l, Locale.forLanguageTag("pt"))).append(" | ink ")
                    .append(Integer.toHexString(EndMark.ink(l))).append('\n');
            segments(b, "state", l.states());
            segments(b, "lock", l.locks());
            marks(b, "print", l.prints());
            marks(b, "error", l.errors());
        }
        for (Arrow a : s.arrows()) {
            b.append("arrow ").append(a).append('\n');
        }
        b.append("in flight ").append(s.inFlight().size()).append('\n');
        List<TraceEvent> events = rec.trace().events();
        long end = events.isEmpty() ? 0 : events.get(events.size() - 1).tUs();
        for (int k = 0; k <= 4; k++) {
            long t = end * k / 4;
            b.append("== replay at ").append(t).append('\n');
            objects(b, ObjectsModel.at(events, t));
        }
        b.append("== chrome\n");
        StringWriter w = new StringWriter();
        ChromeTraceExport.write(w, s, rec.lesson(), rec.settings());
        b.append(w).append('\n');
        return b.toString();
    }

    private static void segments(StringBuilder b, String what, Segments g) {
        for (int i = 0; i < g.size(); i++) {
            b.append("  ").append(what).append(' ').append(g.start(i)).append("..")
                    .append(g.end(i) == Segments.OPEN ? "open" : Long.toString(g.end(i))).append(' ')
                    .append(g.state(i)).append(' ').append(g.label(i)).append('\n');
        }
    }

    private static void marks(StringBuilder b, String what, Marks m) {
        for (int i = 0; i < m.size(); i++) {
            b.append("  ").append(what).append(' ').append(m.time(i)).append(' ').append(m.text(i)).append('\n');
        }
    }

    private static String procs(List<Proc> ps) {
        return ps.stream().map(Proc::toString).collect(Collectors.joining(",", "[", "]"));
    }

    private static void objects(StringBuilder b, ObjectsModel m) {
        for (ProcState p : m.processes()) {
            b.append("proc ").append(p.pid()).append(' ').append(p.name()).append(" target=").append(p.target())
                    .append(' ').append(p.phase()).append(' ').append(p.activity()).append(" on=").append(p.waitingOn())
                    .append(" code=").append(p.exitCode()).append(" prints=").append(p.prints())
                    .append(" step=").append(p.step()).append('\n');
        }
        for (LockState l : m.locks()) {
            b.append("lock ").append(l.id()).append(" holder=").append(l.holder()).append(" waiters=")
                    .append(procs(l.waiters())).append(" history=").append(procs(l.history())).append('\n');
        }
        for (QueueState q : m.queues()) {
            b.append("queue ").append(q.id()).append(" joinable=").append(q.joinable()).append(" items=")
                    .append(q.items().size()).append(" unfinished=").append(q.unfinished()).append(" puts=")
                    .append(q.puts()).append(" getters=").append(procs(q.getters())).append(" joiners=")
                    .append(procs(q.joiners())).append(" takers=").append(procs(q.takers())).append('\n');
        }
        for (EventState e : m.events()) {
            b.append("event ").append(e.id()).append(" flag=").append(e.flag()).append(" setBy=").append(e.setBy())
                    .append(" sets=").append(e.sets()).append(" waiters=").append(procs(e.waiters()))
                    .append(" woken=").append(procs(e.woken())).append(" timedOut=").append(procs(e.timedOut())).append('\n');
        }
        for (PipeState p : m.pipes()) {
            b.append("pipe ").append(p.id());
            for (PipeState.End e : List.of(p.a(), p.b())) {
                b.append(" [").append(e.id()).append(" user=").append(e.user()).append(" closed=").append(e.closed())
                        .append(" eof=").append(e.eof()).append(" inFlight=").append(e.inFlight().size())
                        .append(" received=").append(e.received().size()).append(" sent=").append(e.sent()).append(']');
            }
            b.append('\n');
        }
        PoolState pool = m.poolOrNull();
        if (pool != null) {
            b.append("pool job=").append(pool.job()).append(" done=").append(pool.chunksDone()).append('\n');
            for (PoolState.Worker w : pool.workers()) {
                b.append("  worker ").append(w.proc()).append(" items=").append(w.items()).append(" taken=")
                        .append(w.taken().size()).append('\n');
            }
            for (PoolState.Chunk c : pool.chunks()) {
                b.append("  chunk ").append(c.index()).append(' ').append(c.phase()).append(" items=").append(c.items())
                        .append(" complete=").append(c.itemsComplete()).append(" worker=").append(c.worker())
                        .append(" results=").append(c.results()).append('\n');
            }
        }
        if (!m.metrics().isEmpty()) {
            b.append("metrics ").append(m.metrics()).append('\n');
        }
        Deadlock d = m.deadlock();
        if (d != null) {
            b.append("deadlock ").append(procs(d.cycle())).append(' ').append(d.waitsFor()).append(' ').append(d.text())
                    .append('\n');
        }
        b.append("steps held=").append(m.steps().held().size()).append(" granted=").append(m.steps().granted())
                .append('\n');
    }
}
