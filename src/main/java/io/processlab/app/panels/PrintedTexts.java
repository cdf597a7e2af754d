package io.processlab.app.panels;

import io.processlab.api.Texts;
import io.processlab.wire.Bundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values back out of a line a lesson printed: the lesson's own pattern (from the
 * lessons' bundle, in either language, since a run keeps the language it started in) turned
 * into a regular expression. "{0} process(es): {1} primes..." matched against
 * "2 process(es): 5133 primes..." gives ["2", "5133", ...].
 */
final class PrintedTexts {
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Texts.locale("pt"));
    private static final Map<String, List<Pattern>> CACHE = new ConcurrentHashMap<>();

    private PrintedTexts() {
    }

    /** The arguments of {@code key}'s pattern in {@code line}, by number, if the line is that text. */
    static Optional<List<String>> match(String key, String line) {
        if (line == null) {
            return Optional.empty();
        }
        for (Pattern p : CACHE.computeIfAbsent(key, PrintedTexts::compile)) {
            Matcher m = p.matcher(line);
            if (m.matches()) {
                List<String> args = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    args.add(group(m, i));
                }
                return Optional.of(args);
            }
        }
        return Optional.empty();
    }

    private static String group(Matcher m, int i) {
        try {
            return m.group("a" + i);
        } catch (IllegalArgumentException none) {
            return null;
        }
    }

    private static List<Pattern> compile(String key) {
        List<Pattern> out = new ArrayList<>();
        for (Locale l : LANGUAGES) {
            try {
                String pattern = Bundles.bundle(Texts.BUNDLE, l).getString(key);
                out.add(Pattern.compile(regex(pattern), Pattern.DOTALL));
            } catch (MissingResourceException e) {
                // not in this language: the completeness test says so
            }
        }
        return List.copyOf(out);
    }

    /** A MessageFormat pattern as a regular expression: literal text quoted, {n} a lazy group "an". */
    static String regex(String pattern) {
        StringBuilder re = new StringBuilder("^");
        StringBuilder literal = new StringBuilder();
        List<Integer> seen = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i += 2;
                    continue;
                }
                int end = pattern.indexOf('\'', i + 1);
                end = end < 0 ? pattern.length() : end;
                literal.append(pattern, i + 1, end);
                i = end + 1;
            } else if (c == '{') {
                int end = pattern.indexOf('}', i);
                int n = Integer.parseInt(pattern.substring(i + 1, end).split(",")[0].strip());
                re.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
                re.append(seen.contains(n) ? "\\k<a" + n + ">" : "(?<a" + n + ">.*?)");
                seen.add(n);
                i = end + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (!literal.isEmpty()) {
            re.append(Pattern.quote(literal.toString()));
        }
        return re.append('$').toString();
    }
}
