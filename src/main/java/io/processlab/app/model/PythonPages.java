package io.processlab.app.model;

import io.processlab.app.i18n.I18n;
import io.processlab.python.ProgramUses;
import io.processlab.python.PythonException;
import io.processlab.trace.Fields;
import io.processlab.trace.Kinds;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceEvent;
import java.util.Set;

/**
 * Which lesson page shows a Python program's run: the panel of what it uses (a pool, queues, a
 * pipe, an event, else the processes and their lock), and the words for a program that cannot run.
 */
final class PythonPages {
    /** The lesson id a trace file gives a Python program that is not a lesson's twin. */
    static final String PYTHON = "python";
    /** The lessons whose Python twins (resources/python/lesson_ID.py) "Run in Python" runs: the five seed lessons, and the deadlock that step mode steers. */
    static final Set<String> TWINS = Set.of("process", "pipe", "queue", "event", "pool", "deadlock");

    private PythonPages() {
    }

    static boolean hasTwin(String lessonId) {
        return TWINS.contains(lessonId);
    }

    /** The page for a program about to run, from what its text creates. */
    static String forSource(String source) {
        return ProgramUses.page(source);
    }

    /** The page for a saved run of a program, from the objects its trace has. */
    static String forTrace(Trace trace) {
        boolean queue = false;
        boolean pipe = false;
        boolean event = false;
        for (TraceEvent e : trace.events()) {
            if (e.fields() instanceof Fields.PoolWork) {
                return "pool";
            }
            Fields.Create c = e.is(Kinds.CREATE) ? e.fields(Fields.Create.class) : null;
            if (c != null) {
                queue |= c.type().endsWith("Queue");
                pipe |= c.type().equals("Connection");
                event |= c.type().equals("Event");
            }
        }
        return queue ? "queue" : pipe ? "pipe" : event ? "event" : "process";
    }

    /** Why a program cannot run, in the window's language. */
    static String problem(I18n i18n, PythonException e) {
        return i18n.get("python." + e.problem().name(), e.subject());
    }
}
