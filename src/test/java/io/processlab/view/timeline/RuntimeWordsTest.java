package io.processlab.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.trace.RuntimeKind;
import io.processlab.trace.TraceFile;
import io.processlab.view.export.ChromeTraceExport;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words that depend on what ran the processes follow the trace's own {@code runtime}. */
class RuntimeWordsTest {
    private static final String EVENTS = "\"processes\":[{\"pid\":1,\"name\":\"MainProcess\",\"role\":\"main\"},"
            + "{\"pid\":2,\"name\":\"w\",\"role\":\"child\"}],\"events\":["
            + "{\"t_us\":0,\"pid\":1,\"name\":\"MainProcess\",\"kind\":\"start\"},"
            + "{\"t_us\":10,\"pid\":1,\"name\":\"MainProcess\",\"kind\":\"spawn\",\"child_pid\":2,\"child_name\":\"w\"},"
            + "{\"t_us\":500,\"pid\":2,\"name\":\"w\",\"kind\":\"start\"},"
            + "{\"t_us\":900,\"pid\":2,\"name\":\"w\",\"kind\":\"exit\",\"code\":0,\"reason\":\"exited\"}]}";

    private static TraceFile.Recording read(String header) throws Exception {
        return TraceFile.read(new StringReader("{\"format\":\"processlab-trace\",\"version\":2,\"lesson\":\"python\","
                + "\"settings\":{}," + header + EVENTS));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource({
        "'\"runtime\":\"python\",', en, starting (interpreter), JVM",
        "'\"runtime\":\"python\",', pt, iniciando (interpretador), JVM",
        "'', en, starting (JVM boots), interpreter",
        "'', pt, iniciando (JVM), interpretador",
    })
    void theLegendSaysHowAProcessOfThisRuntimeStarts(String header, String lang, String starting, String absent)
            throws Exception {
        ProcessStates s = ProcessStates.ofRun(read(header).trace());
        RecordingPainter p = new RecordingPainter();
        Frame f = new Frame().size(1000, 400).range(0, s.endUs()).now(s.endUs()).locale(Locale.forLanguageTag(lang));
        new TimelineRenderer().paint(p, s, f);
        assertTrue(p.texts.contains(starting), p.texts.toString());
        assertFalse(p.texts.stream().anyMatch(t -> t.contains(absent)), p.texts.toString());
        assertEquals(starting, Legend.names(Locale.forLanguageTag(lang), s.runtime()).get(0));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({"'\"runtime\":\"python\",', python", "'', java"})
    void theTraceKnowsItsRuntimeFromTheFileAndThePerfettoSlicesSayIt(String header, String runtime)
            throws Exception {
        TraceFile.Recording rec = read(header);
        assertEquals(RuntimeKind.of(runtime), rec.trace().runtime());
        StringWriter out = new StringWriter();
        ChromeTraceExport.write(out, ProcessStates.ofRun(rec.trace()), "python", null);
        String starting = runtime.equals("python") ? "starting (interpreter)" : "starting (JVM boots)";
        assertTrue(out.toString().contains("\"name\":\"" + starting + "\""), out.toString());
    }
}
