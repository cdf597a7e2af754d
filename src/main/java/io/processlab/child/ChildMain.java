package io.processlab.child;

import com.google.gson.JsonElement;
import io.processlab.api.Proxies;
import io.processlab.api.Target;
import io.processlab.api.Targets;
import io.processlab.wire.LineWriter;
import io.processlab.wire.Message;
import io.processlab.wire.NotSendableException;
import io.processlab.wire.Payloads;
import io.processlab.wire.RemoteError;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Main class of every child JVM. Its only argument is the parent's PID. The real stdout carries
 * the protocol alone; {@code System.out} is turned into print messages.
 */
public final class ChildMain {
    /** Exit code when the parent went away or asked the child to stop. */
    public static final int EXIT_STOPPED = 143;
    /** Exit code when the target threw. */
    public static final int EXIT_FAILED = 1;
    /** Exit code when the spawn message named no registered target. */
    public static final int EXIT_NO_TARGET = 3;
    /** Exit code when no spawn message came in time. */
    public static final int EXIT_NO_SPAWN = 4;
    /** Seconds a child waits for its spawn message (the parent sends it at once). */
    public static final double SPAWN_TIMEOUT = 20;
    /**
     * A system property that changes {@link #SPAWN_TIMEOUT}; set only by the parent's own code
     * (tests), never from settings.
     */
    public static final String SPAWN_TIMEOUT_PROPERTY = "processlab.child.spawnTimeout";

    private ChildMain() {
    }

    private static volatile ChildLink link;

    /** Ends the process at once, without waiting for the reader of stdin. */
    static void halt(int code) {
        ChildLink l = link;
        if (l != null) {
            l.stopReading();
        }
        Runtime.getRuntime().halt(code);
    }

    /** No spawn message came within {@code seconds}: says so and ends. */
    static void noSpawn(double seconds) {
        System.err.println("processlab child: no spawn message from the parent within " + seconds + " s; ending");
        System.err.flush();
        halt(EXIT_NO_SPAWN);
    }

    /** Ends the process normally (shutdown hooks run), without waiting for the reader of stdin. */
    private static void exit(int code) {
        link.stopReading();
        System.exit(code);
    }

    public static void main(String[] args) throws Exception {
        long ppid = args.length > 0 ? Long.parseLong(args[0]) : -1;
        LineWriter out = new LineWriter(new FileOutputStream(FileDescriptor.out));
        FileInputStream stdin = new FileInputStream(FileDescriptor.in);
        Runnable stop = new Runnable() { // no lambda on the start path: the first one costs milliseconds
            @Override
            public void run() {
                halt(EXIT_STOPPED);
            }
        };
        ChildLink link = new ChildLink(out, new ParentLines(stdin, stdin.getChannel(), out, stop), stop);
        ChildMain.link = link;
        System.setOut(new PrintStream(new PrintForwarder(new java.util.function.Consumer<String>() {
            @Override
            public void accept(String line) {
                link.send(Message.print(line));
            }
        }), true,
                StandardCharsets.UTF_8));
        long pid = ParentWatch.ownPid();
        link.send(Message.hello(pid));
        ParentWatch.start(ppid);
        link.warmUp();

        Message spawn = link.awaitSpawn(spawnTimeout());
        link.startReading();
        Target target = Targets.get().target(spawn.target());
        if (target == null) {
            link.send(Message.error("no registered target named '" + spawn.target() + "'",
                    new RemoteError(RemoteError.FAILED, "unknown target")));
            exit(EXIT_NO_TARGET);
        }
        Locale locale = spawn.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(spawn.locale());
        ChildContext self = new ChildContext(spawn.name(), pid, locale, spawn.tempo(), link);
        Message last = run(target, self, spawn.args(), link);
        System.out.close();
        link.stopReading(); // the parent closes our stdin when it reads the exit: that is no reason to stop early
        link.send(last);
        halt(last.code());
    }

    private static double spawnTimeout() {
        try {
            double s = Double.parseDouble(System.getProperty(SPAWN_TIMEOUT_PROPERTY, ""));
            return s > 0 ? s : SPAWN_TIMEOUT;
        } catch (NumberFormatException e) {
            return SPAWN_TIMEOUT;
        }
    }

    /** Runs the target; returns the exit message to send (its code is the exit code). */
    private static Message run(Target target, ChildContext self, JsonElement rawArgs, ChildLink link) {
        try {
            List<Object> args = new ArrayList<>();
            if (rawArgs != null && rawArgs.isJsonArray()) {
                for (JsonElement a : rawArgs.getAsJsonArray()) {
                    args.add(Payloads.decode(a, Proxies.resolver(link)));
                }
            }
            Object result = target.run(self, args);
            System.out.flush();
            JsonElement value;
            try {
                value = Payloads.encode(result);
            } catch (NotSendableException e) {
                link.send(Message.error("the result cannot be sent: " + e.getMessage(),
                        new RemoteError(RemoteError.NOT_SENDABLE, e.getMessage())));
                return Message.exit(EXIT_FAILED, null);
            }
            return Message.exit(0, value);
        } catch (Throwable t) {
            System.out.flush();
            t.printStackTrace(System.err);
            String kind = t instanceof NotSendableException ? RemoteError.NOT_SENDABLE : RemoteError.FAILED;
            String text = t.getClass().getSimpleName() + ": " + t.getMessage();
            link.send(Message.error(text, new RemoteError(kind, String.valueOf(t.getMessage()))));
            return Message.exit(EXIT_FAILED, null);
        }
    }
}
