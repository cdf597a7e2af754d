package io.processlab.lessons.sending;

import io.processlab.api.Connection;
import io.processlab.api.Queue;
import io.processlab.api.TargetCatalog;
import io.processlab.engine.ChildProcess;
import io.processlab.engine.MainContext;
import io.processlab.lessons.BaseLesson;
import io.processlab.lessons.SettingSpec;
import io.processlab.lessons.Settings;
import io.processlab.wire.NotSendableException;
import io.processlab.wire.Payloads;
import io.processlab.wire.PyRepr;
import io.processlab.wire.WireCodec;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The parent tries to send values of many kinds through a pipe to a child that echoes them, and
 * one lock through a queue. Beside what ProcessLab's JSON wire did with each, the panel shows what
 * Python's pickle does with the same value ({@link #PYTHON}, checked against the Python twin
 * {@code resources/python/lesson_sending.py} by a test): the two agree on code and resources,
 * and differ where a row says so.
 */
public final class SendingLesson extends BaseLesson {
    public static final String ID = "sending";
    static final String ECHO = "sending.echo";

    /**
     * What Python's multiprocessing does with a sample (CPython 3.6 to 3.13 on Linux, fork and
     * spawn alike: the verdict and the exception's type are the same in all; the message is 3.11's).
     * The setting's own value ("extra") is data, JSON or a Python literal, and pickle sends it.
     *
     * @param sends whether {@code Connection.send} (or, for the queue, {@code get} after {@code put}) delivers it
     * @param says what Python says when it refuses, as "Type: message"; null when it sends
     */
    public record PythonRule(boolean sends, String says) {
        /** The exception's type alone ("TypeError"), or null. */
        public String error() {
            return says == null ? null : says.substring(0, says.indexOf(':'));
        }
    }

    /** Python's rule for each sample, by the sample's name, in the order the demo tries them. */
    public static final Map<String, PythonRule> PYTHON = python();

    public SendingLesson() {
        super(ID, List.of(SettingSpec.json("extra", "{\"your\": [\"own\", \"value\", 1.5, true, null]}", 16 * 1024)));
    }

    private static Map<String, PythonRule> python() {
        Map<String, PythonRule> m = new LinkedHashMap<>();
        m.put("list", new PythonRule(true, null));
        m.put("map", new PythonRule(true, null));
        m.put("set", new PythonRule(true, null));
        m.put("cycle", new PythonRule(true, null));
        m.put("bytes", new PythonRule(true, null));
        m.put("lambda", new PythonRule(false, "AttributeError: Can't pickle local object 'main.<locals>.<lambda>'"));
        m.put("nested", new PythonRule(false, "AttributeError: Can't pickle local object 'main.<locals>.twice'"));
        m.put("generator", new PythonRule(false, "TypeError: cannot pickle 'generator' object"));
        m.put("file", new PythonRule(false, "TypeError: cannot pickle '_io.BufferedReader' object"));
        m.put("socket", new PythonRule(true, null));
        m.put("lock", new PythonRule(false,
                "RuntimeError: Lock objects should only be shared between processes through inheritance"));
        m.put("extra", new PythonRule(true, null));
        m.put("queue_lock", new PythonRule(false,
                "RuntimeError: Lock objects should only be shared between processes through inheritance"));
        return java.util.Collections.unmodifiableMap(m);
    }

    @Override
    public void targets(TargetCatalog.Registrar r) {
        r.target(ECHO, (self, args) -> {
            Connection end = (Connection) args.get(0);
            int echoed = 0;
            while (true) {
                Object v;
                try {
                    v = end.recv();
                } catch (io.processlab.api.ProcessException.PipeClosedException done) {
                    return echoed;
                }
                end.send(v);
                echoed++;
            }
        });
    }

    /** The values tried through the pipe, in order: a name for people, and the value. */
    static Map<String, Object> samples(MainContext main, Object extra, List<AutoCloseable> opened) throws IOException {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("list", List.of("spam", 42L, "ovos"));
        s.put("map", Map.of("name", "João"));
        s.put("set", new LinkedHashSet<>(List.of("aa", "bb")));
        List<Object> cyclic = new ArrayList<>();
        cyclic.add("me");
        cyclic.add(cyclic);
        s.put("cycle", cyclic);
        s.put("bytes", new ByteArrayInputStream(new byte[] {1, 2, 3}));
        Function<Long, Long> twice = x -> x * 2;
        s.put("lambda", twice);
        /** A function of its own, made inside this method: Python's nested {@code def}. */
        final class Twice implements Function<Long, Long> {
            @Override
            public Long apply(Long x) {
                return x * 2;
            }
        }
        s.put("nested", new Twice());
        /** Squares one by one, on demand: Python's generator {@code (x * x for x in range(3))}. */
        final class Squares implements Iterator<Long> {
            private long x;

            @Override
            public boolean hasNext() {
                return x < 3;
            }

            @Override
            public Long next() {
                long v = x++;
                return v * v;
            }
        }
        s.put("generator", new Squares());
        FileInputStream file = new FileInputStream(devNull());
        opened.add(file);
        s.put("file", file);
        Socket socket = new Socket();
        opened.add(socket);
        s.put("socket", socket);
        s.put("lock", main.lock("lock"));
        s.put("extra", extra);
        return s;
    }

    private static String devNull() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "NUL" : "/dev/null";
    }

    @Override
    // snippet:main
    public void run(MainContext main, Settings settings) throws Exception {
        Connection[] ends = main.pipe("pipe", true);
        ChildProcess echo = main.process("echo", ECHO, ends[1]);
        echo.start();
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            for (Map.Entry<String, Object> sample : samples(main, Payloads.decode(settings.getJson("extra")), opened).entrySet()) {
                try {
                    main.step("main.send");
                    ends[0].send(sample.getValue());
                    sent(main, sample.getKey(), ends[0].recv());
                } catch (NotSendableException refused) {
                    main.say("sending.refused", sample.getKey(), why(main, refused), name(main, sample.getKey()));
                }
            }
        } finally {
            for (AutoCloseable c : opened) {
                c.close();
            }
        }
        ends[0].close();
        echo.join();
        // A lock put on a queue: ProcessLab's queue carries the lock's handle, and it arrives. //pt: Uma trava posta numa fila: a fila do ProcessLab leva a referência (handle) da trava, e ela chega.
        main.step("main.queue");
        Queue q = main.queue("queue");
        q.put(main.lock("queue_lock"));
        sent(main, "queue_lock", q.get());
    }
    // end:main

    private static void sent(MainContext main, String name, Object back) {
        main.say("sending.ok", name, WireCodec.encode(Payloads.encode(back)), PyRepr.repr(back), name(main, name));
    }

    /** What the value is, in the run's language ("a list", "uma lista"): the line says it; its id is kept for the panel. */
    private static String name(MainContext main, String id) {
        return main.text("sending.name." + id);
    }

    /** Why ProcessLab's wire refused a value, in the run's language. */
    private static String why(MainContext main, NotSendableException refused) {
        return main.text("sending.why." + refused.reason().name().toLowerCase(Locale.ROOT), refused.typeName());
    }
}
