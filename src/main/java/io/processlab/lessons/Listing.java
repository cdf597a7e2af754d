package io.processlab.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code a lesson runs, as people read it: the real Java source cut from the lesson's own
 * source file by snippet markers ({@code // snippet:NAME} ... {@code // end:NAME}), never a
 * copy that can drift; and beside it the same program in Python, from
 * {@code resources/python/lesson_ID.py}, whose printed strings are read in the reader's language
 * too ({@link #twin}: the program a run of it writes out). The {@code step("marker")} calls that tell the
 * timeline where a process is are taken out of the Java text, and each marker is mapped to the
 * line it stands before; in the Python text a marker is a trailing {@code # step: marker}
 * comment.
 *
 * @param java the Java text shown
 * @param python the Python text shown
 * @param javaLines marker to 1-based line in {@code java}
 * @param pythonLines marker to 1-based line in {@code python}
 */
public record Listing(String java, String python, Map<String, Integer> javaLines, Map<String, Integer> pythonLines) {
    private static final Pattern SNIPPET = Pattern.compile("^\\s*// snippet:(\\w+)\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*// end:(\\w+)\\s*$");
    private static final Pattern JAVA_STEP = Pattern.compile("^\\s*\\w+\\.step\\(\"([\\w.]+)\"\\);\\s*$");
    private static final Pattern PY_STEP = Pattern.compile("^(.*?)\\s*# step: ([\\w.]+)\\s*$");

    /** The listing of a lesson, read from the resources, its comments in English. */
    public static Listing of(Lesson lesson) {
        return of(lesson, Locale.ENGLISH);
    }

    /** The listing of a lesson, read from the resources, its comments (and the Python's printed strings) in {@code language} where they have a twin in it. */
    public static Listing of(Lesson lesson, Locale language) {
        String src = resource("/" + lesson.getClass().getName().replace('.', '/') + ".java");
        return fromSources(src, resource(twinPath(lesson.id())), language);
    }

    /**
     * The text of lesson {@code lessonId}'s Python twin as it runs in {@code language}. In English
     * the file as it is: to Python its Portuguese twins ({@code #pt:}, {@code #pt-print:}) are
     * comments. In Portuguese the text its listing shows, comments and printed strings in
     * Portuguese ({@link PrintedStrings}), line for line the file's: the Code tab then shows the
     * very program that ran, and a run's line numbers are its lines.
     *
     * @throws IllegalStateException when the lesson has no twin
     */
    public static String twin(String lessonId, Locale language) {
        String py = resource(twinPath(lessonId));
        return Comments.portuguese(language) ? python(py, language, new LinkedHashMap<>()) : py;
    }

    private static String twinPath(String lessonId) {
        return "/python/lesson_" + lessonId + ".py";
    }

    /** The marker a Python run's step events give each line the program reached ({@code line 12}). */
    public static String lineMarker(int line) {
        return "line " + line;
    }

    /** A Python program's own text, each of its lines a marker ({@link #lineMarker}); no Java. */
    public static Listing ofPython(String source) {
        return new Listing("", source, Map.of(), Collections.unmodifiableMap(lineMarkers(source, new LinkedHashMap<>())));
    }

    /** The same listing, with each Python line also a marker of a Python run ({@link #lineMarker}). */
    public Listing withPythonLines() {
        return new Listing(java, python, javaLines, Collections.unmodifiableMap(lineMarkers(python, new LinkedHashMap<>(pythonLines))));
    }

    private static Map<String, Integer> lineMarkers(String source, Map<String, Integer> into) {
        int n = source.split("\n", -1).length;
        for (int i = 1; i <= n; i++) {
            into.putIfAbsent(lineMarker(i), i);
        }
        return into;
    }

    /** Cuts and maps the two texts, their comments in English. */
    public static Listing fromSources(String javaSource, String pythonSource) {
        return fromSources(javaSource, pythonSource, Locale.ENGLISH);
    }

    /**
     * Cuts and maps the two texts, their comments in {@code language} ({@link Comments}), and the
     * Python's printed strings too ({@link PrintedStrings}).
     */
    public static Listing fromSources(String javaSource, String pythonSource, Locale language) {
        Map<String, Integer> jl = new LinkedHashMap<>();
        String java = cutJava(javaSource, jl, language);
        Map<String, Integer> pl = new LinkedHashMap<>();
        String python = python(pythonSource, language, pl);
        return new Listing(java, python, Collections.unmodifiableMap(jl), Collections.unmodifiableMap(pl));
    }

    /** The Python text shown, read in {@code language}, its step comments cut out and put in {@code markers}. */
    private static String python(String source, Locale language, Map<String, Integer> markers) {
        List<String> py = new ArrayList<>();
        for (String line : source.split("\n", -1)) {
            line = Comments.in(PrintedStrings.in(line, language), "#", language);
            Matcher m = PY_STEP.matcher(line);
            if (m.matches()) {
                markers.put(m.group(2), py.size() + 1);
                py.add(m.group(1));
            } else {
                py.add(line);
            }
        }
        return String.join("\n", py).strip() + "\n";
    }

    private static String cutJava(String source, Map<String, Integer> markers, Locale language) {
        List<String> out = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        String open = null;
        int indent = 0;
        for (String line : source.split("\n", -1)) {
            if (open == null) {
                Matcher s = SNIPPET.matcher(line);
                if (s.matches()) {
                    open = s.group(1);
                    indent = line.indexOf('/');
                    if (!out.isEmpty()) {
                        out.add("");
                    }
                }
                continue;
            }
            Matcher e = END.matcher(line);
            if (e.matches()) {
                if (!e.group(1).equals(open)) {
                    throw new IllegalStateException("snippet " + open + " closed by end:" + e.group(1));
                }
                open = null;
                continue;
            }
            Matcher st = JAVA_STEP.matcher(line);
            if (st.matches()) {
                pending.add(st.group(1));
                continue;
            }
            for (String marker : pending) {
                markers.put(marker, out.size() + 1);
            }
            pending.clear();
            out.add(dedent(Comments.in(line, "//", language), indent));
        }
        if (open != null) {
            throw new IllegalStateException("snippet " + open + " has no end marker");
        }
        return String.join("\n", out) + "\n";
    }

    private static String dedent(String line, int indent) {
        int i = 0;
        while (i < indent && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return line.substring(i);
    }

    private static String resource(String path) {
        try (InputStream in = Listing.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
