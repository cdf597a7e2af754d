package io.processlab.child;

import io.processlab.api.Proxies;
import io.processlab.api.Targets;
import io.processlab.wire.Handle;
import io.processlab.wire.Message;
import io.processlab.wire.Payloads;
import io.processlab.wire.ProtocolException;
import io.processlab.wire.RemoteError;
import io.processlab.wire.WireCodec;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ChildMain --train}: touches what a child loads on its start path (codec, payloads,
 * proxies, the target registry) without a parent, so that the build can record those classes
 * in a class-data-sharing archive ({@code -XX:ArchiveClassesAtExit}) that children then map.
 */
final class Training {
    private Training() {
    }

    static void run() throws ProtocolException {
        Targets.get();
        Object sample = List.of("spam", 42L, 2.5, true, Set.of("aa"), Map.of("k", List.of()));
        String[] lines = {
            WireCodec.encode(Message.hello(1)),
            WireCodec.encode(Message.spawn("t", "n", Payloads.encodeAll(List.of(sample)), "en", 1, 1)),
            WireCodec.encode(Message.call(1, "o", "get", new com.google.gson.JsonObject())),
            WireCodec.encode(Message.reply(1, Payloads.encode(sample))),
            WireCodec.encode(Message.replyError(2, new RemoteError(RemoteError.EMPTY, "empty"))),
            WireCodec.encode(Message.print("x")),
            WireCodec.encode(Message.state("sleeping", "1 s")),
            WireCodec.encode(Message.exit(0, null)),
        };
        for (String l : lines) {
            Message m = WireCodec.decode(l);
            Payloads.decode(m.value());
            Payloads.decode(m.args());
        }
        for (String kind : List.of(Proxies.LOCK, Proxies.QUEUE, Proxies.EVENT, Proxies.CONNECTION)) {
            Proxies.of(new Handle(kind, "x"), null);
        }
        Payloads.repr(sample);
    }
}
