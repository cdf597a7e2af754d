package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.api.Connection;
import io.processlab.api.Event;
import io.processlab.api.JoinableQueue;
import io.processlab.api.Lock;
import io.processlab.api.ProcessException;
import io.processlab.api.Queue;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.testing.Waits;
import io.processlab.trace.Kinds;
import io.processlab.wire.RemoteError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Case 3 of issue 6: hung children. Closing a run ends every child within 2 s, whatever it is
 * doing, and releases every wait of the parent.
 */
@ExtendWith(NoChildrenLeft.class)
class HangFaultTest {
    @Test
    void closingARunEndsChildrenThatSpinSleepBlockInANativeCallOrAreFrozen() throws Exception {
        Run run = new Run(Locale.ENGLISH);
        Queue ready = run.main().queue("ready");
        List<ChildProcess> hung = new ArrayList<>();
        for (String how : List.of("spin", "sleep", "accept", "sleep")) {
            ChildProcess c = run.main().process("hung-" + how, "chaos.hang", ready, how);
            c.start();
            hung.add(c);
        }
        for (int i = 0; i < hung.size(); i++) {
            ready.get(true, 20);
        }
        ChildProcess frozen = hung.get(3);
        Process stop = new ProcessBuilder("kill", "-STOP", Long.toString(frozen.pid())).start();
        assertEquals(0, stop.waitFor());
        List<ProcessHandle> handles = hung.stream().map(c -> ProcessHandle.of(c.pid()).orElseThrow()).toList();

        long t0 = System.nanoTime();
        run.close();
        double seconds = Waits.since(t0);

        assertTrue(handles.stream().allMatch(Waits::gone), "a hung child is still alive");
        assertTrue(ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive));
        assertTrue(seconds < 2, "close took " + seconds + " s");
        assertTrue(frozen.failure().startsWith("stopped when the run was closed"), frozen.failure());
        System.out.printf("[figure] close() with 4 hung children (one SIGSTOPped) took %.2f s%n", seconds);
    }

    /** A wait of the parent's script, on one kind of shared object, that only a child could end. */
    private static Consumer<MainContext> waitOn(String what) {
        return main -> {
            switch (what) {
                case "queue.get" -> main.queue("q").get();
                case "joinable.join" -> {
                    JoinableQueue q = main.joinableQueue("q");
                    q.put("never done");
                    q.join();
                }
                case "lock.acquire" -> {
                    Lock l = main.lock("l");
                    l.acquire();
                    l.acquire();
                }
                case "event.wait" -> main.event("e").waitFor();
                case "pipe.recv" -> main.pipe("p", true)[0].recv();
                case "pipe.poll" -> main.pipe("p", true)[0].poll(-1);
                default -> throw new IllegalArgumentException(what);
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"queue.get", "joinable.join", "lock.acquire", "event.wait", "pipe.recv", "pipe.poll"})
    void closingTheRunReleasesAParentWaitingWhileItsChildHangs(String what) throws Exception {
        Run run = new Run(Locale.ENGLISH);
        Queue ready = run.main().queue("ready");
        ChildProcess child = run.main().process("hung", "chaos.hang", ready, "spin");
        child.start();
        ready.get(true, 20);
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> waitOn(what).accept(run.main()));
        Waits.until(10, "the parent to block", () -> run.trace().events().stream().anyMatch(e -> e.pid() == run.parentPid()
                && (e.is(Kinds.GET_WAIT) || e.is(Kinds.JOIN_WAIT) || e.is(Kinds.ACQUIRE_WAIT)
                || e.is(Kinds.EVENT_WAIT) || e.is(Kinds.RECV_WAIT) || e.is(Kinds.CREATE) && e.object().startsWith("p"))));
        Thread.sleep(100);

        long t0 = System.nanoTime();
        run.close();
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> waiting.get(2, TimeUnit.SECONDS));
        double seconds = Waits.since(t0);

        assertTrue(e.getCause() instanceof ProcessException p && RemoteError.STOPPED.equals(p.kind()), String.valueOf(e.getCause()));
        assertTrue(seconds < 2, "released after " + seconds + " s");
        assertTrue(Waits.gone(ProcessHandle.of(child.pid()).orElse(ProcessHandle.current().parent().orElseThrow()))
                || !child.isAlive());
    }

    @Test
    void callAfterTheRunClosedFailsAtOnceInsteadOfWaitingForever() {
        Run run = new Run(Locale.ENGLISH);
        Queue q = run.main().queue("q");
        Event ev = run.main().event("e");
        Connection end = run.main().pipe("p", true)[0];
        run.close();
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertEquals(RemoteError.STOPPED, org.junit.jupiter.api.Assertions.assertThrows(ProcessException.class, q::get).kind());
            assertEquals(RemoteError.STOPPED, org.junit.jupiter.api.Assertions.assertThrows(ProcessException.class, ev::waitFor).kind());
            assertEquals(RemoteError.STOPPED, org.junit.jupiter.api.Assertions.assertThrows(ProcessException.class, end::recv).kind());
        });
    }

    @Test
    void closingTheRunEndsTheParentsSleep() throws Exception {
        Run run = new Run(Locale.ENGLISH);
        CompletableFuture<Void> sleeping = CompletableFuture.runAsync(() -> run.main().sleep(60));
        Waits.event(run, 5, "the parent to sleep", e -> e.is(Kinds.SLEEP));
        long t0 = System.nanoTime();
        run.close();
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> sleeping.get(2, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof ProcessException p && RemoteError.STOPPED.equals(p.kind()), String.valueOf(e.getCause()));
        assertTrue(Waits.since(t0) < 2);
    }

    @Test
    void joiningAHungChildIsReleasedByClose() throws Exception {
        Run run = new Run(Locale.ENGLISH);
        Queue ready = run.main().queue("ready");
        ChildProcess child = run.main().process("hung", "chaos.hang", ready, "sleep");
        child.start();
        ready.get(true, 20);
        CompletableFuture<Void> joining = CompletableFuture.runAsync(child::join);
        assertTrue(!child.join(0.2), "a timed join gives up");
        long t0 = System.nanoTime();
        run.close();
        joining.get(2, TimeUnit.SECONDS);
        assertTrue(Waits.since(t0) < 2);
    }

    @Test
    void messagesToAFrozenChildNeverBlockTheParent() throws Exception {
        try (Run run = new Run(Locale.ENGLISH)) {
            Queue ready = run.main().queue("ready");
            Queue work = run.main().queue("work");
            ChildProcess frozen = run.main().process("frozen", "chaos.hang", ready, "sleep");
            frozen.start();
            ready.get(true, 20);
            Process stop = new ProcessBuilder("kill", "-STOP", Long.toString(frozen.pid())).start();
            assertEquals(0, stop.waitFor());
            String big = "y".repeat(900_000);
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                for (int i = 0; i < 5; i++) {
                    // its stdin pipe is full after the first: the writer waits, the sender does not
                    frozen.send(io.processlab.wire.Message.reply(i, new com.google.gson.JsonPrimitive(big)));
                }
                work.put("still working");
                assertEquals("still working", work.get(true, 5));
            });
        }
    }
}
