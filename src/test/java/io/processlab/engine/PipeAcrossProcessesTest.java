package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.api.Connection;
import io.processlab.api.ProcessException;
import io.processlab.testing.Await;
import io.processlab.testing.Children;
import io.processlab.testing.Timing;
import io.processlab.trace.Kinds;
import io.processlab.trace.TraceEvent;
import io.processlab.wire.RemoteError;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipeAcrossProcessesTest extends WithRun {
    private static Map<String, Object> seedDict() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "João");
        m.put("spam", 42L);
        return m;
    }

    @Test
    void duplexPipeCarriesValuesBothWays() {
        Connection[] ends = main.pipe("pipe", true);
        List<Object> values = Arrays.asList(Arrays.asList("spam", 42L, "ovos"), seedDict(),
                new LinkedHashSet<>(List.of("ss", "pp")), null);
        ChildProcess echo = Children.start(main, "echo", "test.pipe_echo", ends[1], values.size());
        for (Object v : values) {
            ends[0].send(v);
            assertEquals(v, ends[0].recv());
        }
        Children.result(echo);
        List<TraceEvent> sends = trace.ofKind(Kinds.SEND);
        assertEquals(2 * values.size(), sends.size());
        assertTrue(sends.stream().anyMatch(e -> e.pid() == echo.pid()), "the child sent on its end");
    }

    @Test
    void aSharedQueueTravelsThroughAPipeAsAHandle() {
        Connection[] ends = main.pipe("pipe", true);
        io.processlab.api.Queue q = main.queue("q");
        ChildProcess c = Children.start(main, "courier", "test.pipe_recv_queue_put", ends[1]);
        ends[0].send(q);
        assertEquals("from courier", q.get(true, Children.DEADLINE_S));
        Children.result(c);
    }

    @Test
    void oneWayPipeCarriesFromItsSendEndToItsReceiveEnd() {
        Connection[] ends = main.pipe("pipe", false);
        Connection receive = ends[0];
        Connection send = ends[1];
        ChildProcess sender = Children.start(main, "sender", "test.pipe_send_close", send, List.of(1L, "two", 3.0));
        assertEquals(1L, receive.recv());
        assertEquals("two", receive.recv());
        assertEquals(3.0, receive.recv());
        Children.result(sender);
        ProcessException eof = assertThrows(ProcessException.PipeClosedException.class, receive::recv);
        assertEquals(RemoteError.EOF, eof.kind());
    }

    @Test
    void sendOnTheReceiveEndOfAOneWayPipeFails() {
        Connection[] ends = main.pipe("pipe", false);
        assertEquals(RemoteError.CLOSED, Children.run(main, "wrong", "test.pipe_send", ends[0], "x"));
        ProcessException inParent = assertThrows(ProcessException.class, () -> ends[0].send("x"));
        assertTrue(inParent.getMessage().contains("only receive"), inParent.getMessage());
        ProcessException recvOnSendEnd = assertThrows(ProcessException.class, ends[1]::recv);
        assertEquals(RemoteError.CLOSED, recvOnSendEnd.kind());
    }

    @Test
    void recvOnAClosedDrainedEndRaisesPipeClosed() {
        Connection[] ends = main.pipe("pipe", true);
        ChildProcess reader = Children.start(main, "reader", "test.pipe_recv_all", ends[1]);
        ends[0].send("first");
        ends[0].send(Set.of(2L));
        ends[0].close();
        Map<?, ?> r = (Map<?, ?>) Children.result(reader);
        assertEquals(List.of("first", Set.of(2L)), r.get("values"));
        assertEquals(RemoteError.EOF + ":PipeClosedException", r.get("end"));
    }

    @Test
    void aBlockedRecvIsWokenWithPipeClosedWhenTheOtherEndCloses() {
        Connection[] ends = main.pipe("pipe", true);
        ChildProcess reader = Children.start(main, "reader", "test.pipe_recv_all", ends[1]);
        Await.event(trace, reader.pid(), Kinds.RECV_WAIT);
        ends[0].close();
        Map<?, ?> r = (Map<?, ?>) Children.result(reader);
        assertEquals(List.of(), r.get("values"));
        assertEquals(RemoteError.EOF + ":PipeClosedException", r.get("end"));
    }

    @Test
    void aClosedEndCanNeitherSendNorReceive() {
        Connection[] ends = main.pipe("pipe", true);
        ends[0].close();
        ends[0].close(); // closing twice is harmless, as in Python
        assertEquals(RemoteError.CLOSED, assertThrows(ProcessException.class, () -> ends[0].send(1)).kind());
        assertEquals(RemoteError.CLOSED, assertThrows(ProcessException.class, ends[0]::recv).kind());
        ProcessException broken = assertThrows(ProcessException.class, () -> ends[1].send(1));
        assertTrue(broken.getMessage().contains("other end"), broken.getMessage());
    }

    @Test
    void pollTellsWhetherSomethingCanBeReceived() {
        Connection[] ends = main.pipe("pipe", true);
        assertFalse(ends[0].poll());
        long t0 = System.nanoTime();
        assertFalse(ends[0].poll(0.3));
        Timing.tookAtLeast((System.nanoTime() - t0) / 1_000_000, 250, "poll(0.3)");

        ChildProcess sender = Children.start(main, "sender", "test.pipe_send_close", ends[1], List.of("x"));
        assertTrue(ends[0].poll(Children.DEADLINE_S));
        assertTrue(ends[0].poll(), "poll does not take the value");
        assertEquals("x", ends[0].recv());
        Children.result(sender);
        assertTrue(ends[0].poll(), "a closed other end polls true: recv would not block");
    }

    @Test
    void pollInAChildTimesOutAfterAboutItsTimeout() {
        Connection[] ends = main.pipe("pipe", true);
        List<?> r = (List<?>) Children.run(main, "poller", "test.pipe_poll", ends[1], 0.5);
        assertEquals(false, r.get(0));
        Timing.tookAtLeast(((Number) r.get(1)).longValue(), 450, "poll(0.5)");
    }
}
