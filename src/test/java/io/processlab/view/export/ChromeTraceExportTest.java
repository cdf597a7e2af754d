package io.processlab.view.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.processlab.view.timeline.Events;
import io.processlab.view.timeline.ProcessStates;
import io.processlab.view.timeline.SyntheticTrace;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the export against the Trace Event Format's rules. */
class ChromeTraceExportTest {
    private static final Set<String> PHASES = Set.of("B", "E", "X", "i", "M", "b", "e", "s", "f");

    static JsonArray export(ProcessStates s) throws Exception {
        StringWriter w = new StringWriter();
        JsonObject settings = new JsonObject();
        settings.addProperty("consumers", 5);
        ChromeTraceExport.write(w, s, "queue", settings);
        JsonObject doc = JsonParser.parseString(w.toString()).getAsJsonObject();
        assertEquals("queue", doc.getAsJsonObject("otherData").get("lesson").getAsString());
        return doc.getAsJsonArray("traceEvents");
    }

    static ProcessStates lessonLike() {
        return Events.states("0 1 print text=Creating consumers; 10 1 spawn detail=Consumer-1 (2): q.c;"
                + "50 2 start; 60 2 get-wait object=tasks; 100 1 put object=tasks detail=Task(1) msg=1;"
                + "101 2 get object=tasks detail=Task(1) msg=1; 110 2 acquired object=L; 120 2 print text=1 * 1 = 1;"
                + "130 2 released object=L; 140 2 put object=results msg=2; 150 1 get object=results msg=2;"
                + "160 1 process-join-wait detail=Consumer-1 (2); 170 2 exit detail=code 0;"
                + "180 1 process-joined detail=Consumer-1 (2)");
    }

    @Test
    void everyEventHasTheRequiredFields() throws Exception {
        for (JsonElement el : export(lessonLike())) {
            JsonObject e = el.getAsJsonObject();
            for (String key : List.of("ph", "ts", "pid", "tid", "name")) {
                assertTrue(e.has(key), key + " missing in " + e);
            }
            assertTrue(PHASES.contains(e.get("ph").getAsString()), e.toString());
            assertTrue(e.get("ts").getAsJsonPrimitive().isNumber());
            if (e.get("ph").getAsString().equals("i")) {
                assertTrue(Set.of("t", "p", "g").contains(e.get("s").getAsString()), e.toString());
            }
        }
    }

    @Test
    void eachProcessIsNamedWithItsPidAndTheParentSortsFirst() throws Exception {
        Map<Long, String> names = new HashMap<>();
        Map<Long, Integer> order = new HashMap<>();
        for (JsonElement el : export(lessonLike())) {
            JsonObject e = el.getAsJsonObject();
            if (e.get("ph").getAsString().equals("M")) {
                long pid = e.get("pid").getAsLong();
                JsonObject args = e.getAsJsonObject("args");
                switch (e.get("name").getAsString()) {
                    case "process_name" -> names.put(pid, args.get("name").getAsString());
                    case "process_sort_index" -> order.put(pid, args.get("sort_index").getAsInt());
                    default -> { }
                }
            }
        }
        assertEquals(Map.of(1L, "MainProcess (1)", 2L, "Consumer-1 (2)"), names);
        assertEquals(0, order.get(1L));
        assertEquals(1, order.get(2L));
    }

    /** B and E pair up per thread, properly nested, names equal, time never going back. */
    static void assertBeginEndMatched(JsonArray events) {
        Map<String, Deque<JsonObject>> open = new HashMap<>();
        Map<String, Long> lastTs = new HashMap<>();
        int pairs = 0;
        for (JsonElement el : events) {
            JsonObject e = el.getAsJsonObject();
            String ph = e.get("ph").getAsString();
            if (!ph.equals("B") && !ph.equals("E")) {
                continue;
            }
            String tid = e.get("pid").getAsLong() + "/" + e.get("tid").getAsLong();
            long ts = e.get("ts").getAsLong();
            Long last = lastTs.put(tid, ts);
            assertTrue(last == null || ts >= last, "time goes back on " + tid + " at " + e);
            Deque<JsonObject> stack = open.computeIfAbsent(tid, k -> new ArrayDeque<>());
            if (ph.equals("B")) {
                stack.push(e);
            } else {
                if (stack.isEmpty()) {
                    fail("E without B: " + e);
                }
                JsonObject b = stack.pop();
                assertEquals(b.get("name").getAsString(), e.get("name").getAsString());
                pairs++;
            }
        }
        open.forEach((tid, stack) -> assertTrue(stack.isEmpty(), "unclosed B on " + tid + ": " + stack));
        assertTrue(pairs > 0);
    }

    /** Every flow start has exactly one flow end with its id, category and name, later or at once. */
    static void assertFlowsPaired(JsonArray events) {
        Map<String, JsonObject> starts = new HashMap<>();
        Set<String> ended = new HashSet<>();
        for (JsonElement el : events) {
            JsonObject e = el.getAsJsonObject();
            String ph = e.get("ph").getAsString();
            if (ph.equals("s")) {
                assertNull(starts.put(e.get("cat").getAsString() + "#" + e.get("id").getAsString(), e),
                        "flow id used twice: " + e);
            }
        }
        for (JsonElement el : events) {
            JsonObject e = el.getAsJsonObject();
            if (e.get("ph").getAsString().equals("f")) {
                String key = e.get("cat").getAsString() + "#" + e.get("id").getAsString();
                JsonObject s = starts.get(key);
                assertNotNull(s, "f without s: " + e);
                assertTrue(ended.add(key), "two f for one s: " + e);
                assertEquals(s.get("name").getAsString(), e.get("name").getAsString());
                assertEquals("e", e.get("bp").getAsString());
                assertTrue(e.get("ts").getAsLong() >= s.get("ts").getAsLong());
            }
        }
        assertEquals(starts.keySet(), ended, "every s has its f");
    }

    /** Async slices: b and e pair by category and id. */
    static void assertAsyncPaired(JsonArray events) {
        Map<String, Integer> balance = new HashMap<>();
        for (JsonElement el : events) {
            JsonObject e = el.getAsJsonObject();
            String ph = e.get("ph").getAsString();
            if (ph.equals("b") || ph.equals("e")) {
                String key = e.get("cat").getAsString() + "#" + e.get("id").getAsString();
                int n = balance.merge(key, ph.equals("b") ? 1 : -1, Integer::sum);
                assertTrue(n >= 0 && n <= 1, "unbalanced async slice " + key);
            }
        }
        balance.forEach((k, n) -> assertEquals(0, n, k));
    }

    @Test
    void stateSlicesBeginAndEndInPairsPerThread() throws Exception {
        assertBeginEndMatched(export(lessonLike()));
        assertBeginEndMatched(export(ProcessStates.of(SyntheticTrace.trace(6, 5_000, 2))));
    }

    @Test
    void messagesAreFlowsWithPairedIds() throws Exception {
        JsonArray events = export(lessonLike());
        assertFlowsPaired(events);
        long flows = events.asList().stream().filter(e -> e.getAsJsonObject().get("ph").getAsString().equals("s")).count();
        assertEquals(2, flows);
        assertFlowsPaired(export(ProcessStates.of(SyntheticTrace.trace(6, 5_000, 2))));
    }

    @Test
    void locksHeldAreAsyncSlices() throws Exception {
        JsonArray events = export(lessonLike());
        assertAsyncPaired(events);
        assertTrue(events.asList().stream().anyMatch(e -> e.getAsJsonObject().get("ph").getAsString().equals("b")
                && e.getAsJsonObject().get("name").getAsString().equals("holds L")));
    }

    @Test
    void printsAreInstantEventsWithTheirText() throws Exception {
        JsonArray events = export(lessonLike());
        List<String> prints = events.asList().stream().map(JsonElement::getAsJsonObject)
                .filter(e -> e.get("ph").getAsString().equals("i") && e.get("name").getAsString().equals("print"))
                .map(e -> e.get("pid").getAsLong() + ":" + e.getAsJsonObject("args").get("text").getAsString()).toList();
        assertEquals(List.of("1:Creating consumers", "2:1 * 1 = 1"), prints);
    }

    @Test
    void stateSlicesCoverTheRunWithTheirLabels() throws Exception {
        List<String> slices = export(lessonLike()).asList().stream().map(JsonElement::getAsJsonObject)
                .filter(e -> e.get("ph").getAsString().equals("B") && e.get("pid").getAsLong() == 2)
                .map(e -> e.get("ts").getAsLong() + " " + e.get("name").getAsString()).toList();
        assertEquals(List.of("10 starting (JVM boots)", "50 running", "60 get tasks", "101 running"), slices);
        assertFalse(slices.isEmpty());
    }
}
