package io.processlab.lessons.pipe;

import io.processlab.api.Connection;
import io.processlab.api.ProcessContext;
import io.processlab.api.TargetCatalog;
import io.processlab.engine.ChildProcess;
import io.processlab.engine.MainContext;
import io.processlab.lessons.BaseLesson;
import io.processlab.lessons.SettingSpec;
import io.processlab.lessons.Settings;
import io.processlab.wire.Payloads;
import io.processlab.wire.PyRepr;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sender child sends one message up a pipe and closes its end; then a communicator child sends
 * a dictionary, waits for the parent's answer (the set of each letter of a word, doubled) and
 * prints it.
 */
public final class PipeLesson extends BaseLesson {
    public static final String ID = "pipe";
    static final String SENDER = "pipe.sender";
    static final String COMMUNICATOR = "pipe.communicator";

    /** The lesson's settings: the sender's message (JSON) and the word the parent answers with. */
    public record Config(Object message, String word) {
        static final List<SettingSpec> SPECS = List.of(
                SettingSpec.json("message", "[\"spam\", 42, \"ovos\"]", 64 * 1024),
                SettingSpec.text("word", "spam", 1, 40));

        static Config of(Settings s) {
            return new Config(Payloads.decode(s.getJson("message")), s.getText("word"));
        }
    }

    public PipeLesson() {
        super(ID, Config.SPECS);
    }

    @Override
    public void targets(TargetCatalog.Registrar r) {
        r.target(SENDER, (self, args) -> {
            sender(self, (Connection) args.get(0), args.get(1));
            return null;
        });
        r.target(COMMUNICATOR, (self, args) -> {
            communicator(self, (Connection) args.get(0));
            return null;
        });
    }

    // snippet:sender
    static void sender(ProcessContext self, Connection end, Object message) {
        self.step("sender.send");
        end.send(message);
        end.close();
    }
    // end:sender

    // snippet:communicator
    static void communicator(ProcessContext self, Connection end) {
        Map<String, Object> hello = new LinkedHashMap<>();
        hello.put("name", "João");
        hello.put("spam", 42);
        self.step("communicator.send");
        end.send(hello);
        self.step("communicator.recv");
        Object answer = end.recv();
        self.say("pipe.communicator_got", PyRepr.repr(answer));
    }
    // end:communicator

    /** Each letter of {@code word}, doubled, as a set: Python's {@code {x * 2 for x in word}}. */
    static Set<String> doubledLetters(String word) {
        Set<String> out = new LinkedHashSet<>();
        word.codePoints().forEach(c -> out.add(new String(Character.toChars(c)).repeat(2)));
        return out;
    }

    @Override
    // snippet:main
    public void run(MainContext main, Settings settings) {
        Config cfg = Config.of(settings);
        Connection[] first = main.pipe("pipe-1", true);
        ChildProcess sender = main.process("sender", SENDER, first[1], cfg.message());
        sender.start();
        main.step("main.recv1");
        main.say("pipe.parent_got", PyRepr.repr(first[0].recv()));
        first[0].close();

        Connection[] second = main.pipe("pipe-2", true);
        ChildProcess communicator = main.process("communicator", COMMUNICATOR, second[1]);
        communicator.start();
        main.step("main.recv2");
        main.say("pipe.parent_got", PyRepr.repr(second[0].recv()));
        main.step("main.send");
        second[0].send(doubledLetters(cfg.word()));
        communicator.join();
        sender.join();
        main.say("pipe.parent_done");
    }
    // end:main
}
