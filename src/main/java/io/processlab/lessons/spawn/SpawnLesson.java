package io.processlab.lessons.spawn;

import io.processlab.api.ProcessContext;
import io.processlab.api.TargetCatalog;
import io.processlab.engine.ChildProcess;
import io.processlab.engine.MainContext;
import io.processlab.engine.RunListener;
import io.processlab.lessons.BaseLesson;
import io.processlab.lessons.SettingSpec;
import io.processlab.lessons.Settings;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts one child and shows how it was born: the command the operating system ran (a new JVM,
 * like Python's "spawn" start method), the spawn message that crossed its pipe, and what the child
 * knows about itself: a fresh memory in which the parent's changes are not there.
 */
public final class SpawnLesson extends BaseLesson {
    public static final String ID = "spawn";
    static final String DESCRIBE = "spawn.describe";

    /** Changed by the parent before the spawn; the child, a new JVM, still sees 0. */
    static int marker;

    public SpawnLesson() {
        super(ID, List.of(SettingSpec.text("greeting", "olá", 1, 40)));
    }

    @Override
    public void targets(TargetCatalog.Registrar r) {
        r.target(DESCRIBE, (self, args) -> {
            describe(self, (String) args.get(0));
            return null;
        });
    }

    // snippet:describe
    static void describe(ProcessContext self, String greeting) {
        self.step("describe.start");
        ProcessHandle me = ProcessHandle.current();
        // the JVM's own clock: the system's start instant is whole seconds of boot time off (it said 629 ms in a 250 ms run) //pt: o relógio da própria JVM: o instante de início do sistema erra em segundos inteiros (conta desde o boot) (disse 629 ms numa execução de 250 ms)
        long ageMs = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        self.say("spawn.child_me", self.pid(), me.parent().map(ProcessHandle::pid).orElse(-1L), ageMs);
        self.say("spawn.child_args", greeting, marker);
    }
    // end:describe

    @Override
    // snippet:main
    public void run(MainContext main, Settings settings) {
        marker = 42;
        AtomicReference<String> spawnLine = new AtomicReference<>();
        RunListener tap = new RunListener() {
            @Override
            public void wire(long pid, boolean fromChild, String line) {
                if (!fromChild && line.contains("\"type\":\"spawn\"")) {
                    spawnLine.compareAndSet(null, line);
                }
            }
        };
        main.run().addListener(tap);
        ChildProcess child = main.process("newborn", DESCRIBE, settings.getText("greeting"));
        main.step("main.start");
        child.start();
        child.join();
        main.run().removeListener(tap);
        List<String> cmd = main.run().launcher().command(main.pid());
        main.say("spawn.parent_me", main.pid(), marker);
        main.say("spawn.command", String.join(" ", shorten(cmd)));
        main.say("spawn.message", spawnLine.get());
    }
    // end:main

    /** The command with long paths cut to their file names, for reading. */
    static List<String> shorten(List<String> cmd) {
        return cmd.stream().map(a -> !a.contains("/") ? a
                : a.startsWith("-") && a.contains("=") ? a.substring(0, a.indexOf('=') + 1) + shortPath(a.substring(a.indexOf('=') + 1))
                : shortPath(a)).toList();
    }

    private static String shortPath(String a) {
        StringBuilder sb = new StringBuilder();
        for (String part : a.split(java.io.File.pathSeparator)) {
            if (sb.length() > 0) {
                sb.append(java.io.File.pathSeparatorChar);
            }
            sb.append(part.substring(part.lastIndexOf('/') + 1));
        }
        return sb.toString();
    }
}
