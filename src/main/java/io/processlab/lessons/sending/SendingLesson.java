package io.processlab.lessons.sending;

import io.processlab.api.Connection;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The parent tries to send values of many kinds through a pipe to a child that echoes them.
 * Data goes through, as JSON; a lambda, an open stream and a list that contains itself are
 * refused before anything is sent, and the pipe keeps working for the next value.
 */
public final class SendingLesson extends BaseLesson {
    public static final String ID = "sending";
    static final String ECHO = "sending.echo";

    public SendingLesson() {
        super(ID, List.of(SettingSpec.json("extra", "{\"your\": [\"own\", \"value\", 1.5, true, null]}", 16 * 1024)));
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

    /** The values tried, in order: a name for people, and the value. */
    static Map<String, Object> samples(Object extra) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("list", List.of("spam", 42L, "ovos"));
        s.put("map", Map.of("name", "João"));
        s.put("set", new LinkedHashSet<>(List.of("aa", "bb")));
        Function<Long, Long> twice = x -> x * 2;
        s.put("lambda", twice);
        s.put("stream", new ByteArrayInputStream(new byte[] {1, 2, 3}));
        List<Object> cyclic = new ArrayList<>();
        cyclic.add("me");
        cyclic.add(cyclic);
        s.put("cycle", cyclic);
        s.put("extra", extra);
        return s;
    }

    @Override
    // snippet:main
    public void run(MainContext main, Settings settings) {
        Connection[] ends = main.pipe("pipe", true);
        ChildProcess echo = main.process("echo", ECHO, ends[1]);
        echo.start();
        for (Map.Entry<String, Object> sample : samples(Payloads.decode(settings.getJson("extra"))).entrySet()) {
            main.step("main.send");
            try {
                ends[0].send(sample.getValue());
                Object back = ends[0].recv();
                main.say("sending.ok", sample.getKey(),
                        WireCodec.encode(Payloads.encode(back)), PyRepr.repr(back));
            } catch (NotSendableException refused) {
                main.say("sending.refused", sample.getKey(), refused.getMessage());
            }
        }
        ends[0].close();
        echo.join();
    }
    // end:main
}
