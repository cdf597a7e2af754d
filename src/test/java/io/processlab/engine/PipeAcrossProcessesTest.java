package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.api.Connection;
import io.processlab.api.ProcessException;
import io.processlab.testing.Await;
import io.processlab.testing.Children;
import io.processlab.testing.NoChildrenLeft;
import io.processlab.trace.Kinds;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceEvent;
import io.processlab.wire.RemoteError;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoChildrenLeft.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PipeAcrossProcessesTest {
    private Run run;
    private MainContext main;
    private Trace trace;

    @BeforeEach
    void open() {
        run = new Run(Locale.ENGLISH);
        main = run.main();
        trace = run.trace();
    }

    @AfterEach
    void close() {
        run.close();
    }

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
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms >= 250 && ms < 10_000, "poll(0.3) took " + ms + " ms");

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
        long ms = ((Number) r.get(1)).longValue();
        assertTrue(ms >= 450 && ms < 10_000, "poll took " + ms + " ms");
    }
}
