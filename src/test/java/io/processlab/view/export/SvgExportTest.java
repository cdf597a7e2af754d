package io.processlab.view.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.processlab.testing.Recorded;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceEvent;
import io.processlab.view.timeline.Lane;
import io.processlab.view.timeline.Palette;
import io.processlab.view.timeline.ProcessStates;
import io.processlab.view.timeline.State;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgExportTest {
    @TempDir
    Path dir;

    private static ProcessStates queueRun() {
        return ProcessStates.ofRun(Recorded.load("queue").trace());
    }

    private static PngExport.Options titled() {
        return new PngExport.Options(1, "ProcessLab \u00b7 queue", "consumers=5", Locale.ENGLISH);
    }

    @Test
    void theSvgIsXmlWithAGroupPerLaneNamedAsItsProcess() throws Exception {
        assertTrue(GraphicsEnvironment.isHeadless(), "the build runs the tests headless");
        ProcessStates s = queueRun();
        Document doc = Xml.parse(SvgExport.render(s, titled()));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        List<Element> lanes = Xml.groups(doc, "lane-");
        assertEquals(s.lanes().size(), lanes.size(), "one group per lane");
        assertEquals(6, lanes.size(), "the queue run: the parent and five consumers");
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = s.lanes().get(i);
            Element g = lanes.get(i);
            assertEquals("lane-" + lane.pid(), g.getAttribute("id"));
            List<String> texts = Xml.all(g, "text").stream().map(Element::getTextContent).toList();
            assertTrue(texts.contains(lane.name()), lane.name() + " as text in its group: " + texts);
            assertTrue(texts.contains(Long.toString(lane.pid())), "its PID as text: " + texts);
        }
        List<String> all = Xml.all(doc, "text").stream().map(Element::getTextContent).toList();
        assertTrue(all.contains("ProcessLab \u00b7 queue"), "the title is text");
        assertTrue(all.contains(Palette.label(State.SLEEPING, Locale.ENGLISH)), "the legend is text");
    }

    @Test
    void hatchesArePatternsTheBarsFillWith() throws Exception {
        Document doc = Xml.parse(SvgExport.render(queueRun(), titled()));
        List<Element> patterns = Xml.all(doc, "pattern");
        assertFalse(patterns.isEmpty());
        for (Element p : patterns) {
            assertEquals("userSpaceOnUse", p.getAttribute("patternUnits"));
            assertFalse(Xml.all(p, "path").isEmpty(), "a pattern is drawn with a vector path");
        }
        long filled = Xml.all(doc, "rect").stream().filter(r -> r.getAttribute("fill").startsWith("url(#hatch-")).count();
        assertTrue(filled > 5, "bars filled with the patterns: " + filled);
        assertTrue(Xml.all(doc, "image").isEmpty(), "no raster image inside");
    }

    @Test
    void theSvgIsThePngsSizeAndFollowsTheRun() throws Exception {
        for (ProcessStates s : List.of(PngExportTest.run(2, 2), PngExportTest.run(6, 2), PngExportTest.run(2, 6))) {
            Element svg = Xml.parse(SvgExport.render(s, PngExport.Options.plain())).getDocumentElement();
            BufferedImage png = PngExport.render(s, PngExport.Options.plain());
            assertEquals(png.getWidth(), Double.parseDouble(svg.getAttribute("width")), 0.5);
            assertEquals(png.getHeight(), Double.parseDouble(svg.getAttribute("height")), 0.5);
            assertEquals("0 0 " + svg.getAttribute("width") + " " + svg.getAttribute("height"),
                    svg.getAttribute("viewBox"));
        }
        double w2 = width(PngExportTest.run(2, 4));
        double w6 = width(PngExportTest.run(2, 8));
        assertEquals(4 * PngExport.PX_PER_SECOND, w6 - w2, 2, "wider by the run's length");
        double h2 = height(PngExportTest.run(2, 2));
        double h6 = height(PngExportTest.run(6, 2));
        assertEquals(4 * 40, h6 - h2, 1, "taller by four 40-px lanes");
    }

    private static double width(ProcessStates s) throws Exception {
        return Double.parseDouble(Xml.parse(SvgExport.render(s, PngExport.Options.plain())).getDocumentElement()
                .getAttribute("width"));
    }

    private static double height(ProcessStates s) throws Exception {
        return Double.parseDouble(Xml.parse(SvgExport.render(s, PngExport.Options.plain())).getDocumentElement()
                .getAttribute("height"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"queue", "process", "event", "pipe", "pool"})
    void thePngAndTheSvgGetTheSameCallsFromThePainter(String lesson) {
        ProcessStates s = ProcessStates.ofRun(Recorded.load(lesson).trace());
        CallLog[] png = new CallLog[1];
        CallLog[] svg = new CallLog[1];
        PngExport.render(s, titled(), p -> png[0] = new CallLog(p));
        SvgExport.render(s, titled(), p -> svg[0] = new CallLog(p));
        assertTrue(png[0].calls.size() > 100, "a real picture: " + png[0].calls.size());
        assertEquals(png[0].calls, svg[0].calls, "one renderer, two back ends: the same calls, in the same order");
    }

    @Test
    void eachLanesBarsAreTheRectanglesOfItsGroup() throws Exception {
        ProcessStates s = queueRun();
        CallLog[] log = new CallLog[1];
        Document doc = Xml.parse(SvgExport.render(s, titled(), p -> log[0] = new CallLog(p)));
        for (Lane lane : s.lanes()) {
            // the painter's calls between this lane's group and its end: its bars, hatches and label
            List<String> calls = log[0].calls;
            int from = calls.indexOf("group lane-" + lane.pid() + " " + lane.name() + " " + lane.pid());
            int to = calls.subList(from, calls.size()).indexOf("endGroup") + from;
            List<String> rects = calls.subList(from, to).stream().filter(c -> c.startsWith("fillRect")
                    || c.startsWith("fillHatch") || c.startsWith("strokeRect")).collect(Collectors.toList());
            Element g = Xml.groups(doc, "lane-" + lane.pid()).get(0);
            List<Element> drawn = Xml.all(g, "rect");
            assertEquals(rects.size(), drawn.size(), lane.name() + ": every bar, hatch and edge of the lane, in its group");
            assertTrue(rects.size() >= 3, lane.name() + " has bars: " + rects);
            for (int i = 0; i < rects.size(); i++) {
                String[] c = rects.get(i).split(" ");
                assertEquals(Double.parseDouble(c[1]), Double.parseDouble(drawn.get(i).getAttribute("x")), 0.006);
                assertEquals(Double.parseDouble(c[3]), Double.parseDouble(drawn.get(i).getAttribute("width")), 0.006);
            }
        }
    }

    @Test
    void namesAXmlFileCannotHoldAreStillWrittenAsValidXml() throws Exception {
        Trace t = Trace.of(List.of(new ProcessInfo(1, "Main<&>\"", "main", null),
                new ProcessInfo(2, "bad\u0001name\ud800", "child", "t")),
                List.of(new TraceEvent(0, 1, "Main<&>\"", "print", null, null, "x", 0),
                        new TraceEvent(10, 2, "bad\u0001name\ud800", "start", null, null, null, 0),
                        new TraceEvent(5000, 2, "bad\u0001name\ud800", "exit", null, "code 0", null, 0)));
        Path file = dir.resolve("odd.svg");
        SvgExport.write(ProcessStates.ofRun(t), file, PngExport.Options.plain());
        Document doc = Xml.parse(Files.readString(file, StandardCharsets.UTF_8));
        List<String> texts = Xml.all(doc, "text").stream().map(Element::getTextContent).toList();
        assertTrue(texts.contains("Main<&>\""), texts.toString());
        assertTrue(texts.contains("bad\ufffdname\ufffd"), texts.toString());
    }

    @Test
    void numbersAreWrittenTheSameInEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1.5", SvgPainter.num(1.5));
            assertEquals("-0.05", SvgPainter.num(-0.05));
            assertEquals("12", SvgPainter.num(12.0001));
            assertEquals("0.1", SvgPainter.num(0.1));
        } finally {
            Locale.setDefault(before);
        }
    }
}
