package io.processlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.api.Connection;
import io.processlab.api.Queue;
import io.processlab.testing.Children;
import io.processlab.trace.Kinds;
import io.processlab.wire.RemoteError;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The child's link to its parent: whichever of its threads waits reads stdin for all of them, so
 * each must get its own reply; a send that does not wait still reports its failure.
 */
class ChildLinkTest extends WithRun {
    @Test
    void severalThreadsOfOneChildWaitingAtOnceEachGetTheirOwnReplies() {
        Queue q = main.queue("q");
        int threads = 4;
        int n = 50;
        ChildProcess c = Children.start(main, "threads", "link.threads_get", q, threads, n);
        List<Long> put = LongStream.range(0, threads * n).boxed().collect(Collectors.toList());
        put.forEach(q::put);
        List<Long> got = new ArrayList<>();
        for (Object x : (List<?>) Children.result(c)) {
            got.add(((Number) x).longValue());
        }
        got.sort(null);
        assertEquals(put, got, "every item got exactly once");
    }

    @Test
    void aCallMadeWhileTheBackgroundReaderHoldsStdinStillGetsItsReply() throws Exception {
        Connection[] ends = main.pipe("pipe", true);
        Queue q = main.queue("q");
        ChildProcess c = Children.start(main, "idle", "link.idle_post_then_get", ends[1], q);
        assertEquals("first", ends[0].recv());
        ends[0].close();
        io.processlab.testing.Await.event(trace, c.pid(), Kinds.GET_WAIT);
        Thread.sleep(200); // the failed send's line has reached the child's background reader by now
        q.put("go");
        assertEquals("go", Children.result(c), "the waiting caller was woken to read its own reply");
    }

    @Test
    void aSendToAClosedPipeThatDidNotWaitFailsAtALaterOperationOnThatEnd() {
        Connection[] ends = main.pipe("pipe", true);
        ChildProcess c = Children.start(main, "sender", "link.send_after_close", ends[1]);
        assertEquals("first", ends[0].recv());
        ends[0].close();
        List<?> r = (List<?>) Children.result(c);
        assertEquals(List.of("ok", RemoteError.EOF, "ok"), r.subList(0, 3), "the send to the closed pipe did not wait");
        assertTrue(r.subList(3, 5).contains(RemoteError.CLOSED),
                "its failure is raised by the poll (when it was read already) or at the latest by the next send: " + r);
        assertTrue(trace.ofKind(Kinds.ERROR).stream().anyMatch(e -> e.pid() == c.pid() && e.detail().contains("broken pipe")),
                "the send that failed in the broker is in the trace");
    }
}
