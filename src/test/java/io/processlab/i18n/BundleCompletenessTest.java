package io.processlab.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text exists in English (the base bundle) and in Portuguese, with the same placeholders. */
class BundleCompletenessTest {
    private static final Path DIR = Path.of("resources", "i18n");
    private static final Pattern ARG = Pattern.compile("\\{(\\d+)[^}]*}");

    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .toList().stream();
        }
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(DIR.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static TreeSet<String> args(String pattern) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = ARG.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void portugueseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties pt = load(bundle + "_pt.properties");
        TreeSet<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(pt.stringPropertyNames());
        TreeSet<String> onlyPt = new TreeSet<>(pt.stringPropertyNames());
        onlyPt.removeAll(en.stringPropertyNames());
        assertTrue(onlyEn.isEmpty(), bundle + ": only in English: " + onlyEn);
        assertTrue(onlyPt.isEmpty(), bundle + ": only in Portuguese: " + onlyPt);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyTextIsAValidPatternWithTheSamePlaceholdersInBothLanguages(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties pt = load(bundle + "_pt.properties");
        for (String key : en.stringPropertyNames()) {
            String e = en.getProperty(key);
            String p = pt.getProperty(key, "");
            assertFalse(e.isBlank(), bundle + "." + key + " is empty in English");
            assertFalse(p.isBlank(), bundle + "." + key + " is empty in Portuguese");
            new MessageFormat(e);
            new MessageFormat(p);
            assertEquals(args(e), args(p), bundle + "." + key + " has other placeholders in Portuguese");
        }
    }

    /**
     * A text with arguments goes through MessageFormat, where a lone apostrophe quotes and is lost
     * ("ProcessLabs children are Java VMs" in the threads panel): it must be written twice.
     */
    @ParameterizedTest
    @MethodSource("bundles")
    void aTextWithArgumentsWritesEachApostropheTwice(String bundle) throws IOException {
        TreeSet<String> lone = new TreeSet<>();
        for (String file : new String[] {bundle + ".properties", bundle + "_pt.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                if (!args(v).isEmpty() && Pattern.compile("(?<!')'(?!')").matcher(v.replace("'{'", "").replace("'}'", "")).find()) {
                    lone.add(file + ": " + key);
                }
            }
        }
        assertTrue(lone.isEmpty(), "a lone apostrophe in a text with arguments: " + lone);
    }
}
