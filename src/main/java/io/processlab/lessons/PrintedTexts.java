package io.processlab.lessons;

import io.processlab.api.Texts;
import io.processlab.trace.Fields;
import io.processlab.trace.Version1Prints;
import io.processlab.wire.Bundles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For version-1 files only, which wrote a printed line without its key: finds which of the texts
 * a panel reads the line is, and its arguments, by the text's pattern in either language (a run
 * keeps the language it started in) turned into a regular expression: "{0} process(es): {1}
 * primes..." matched against "2 process(es): 5133 primes..." gives ["2", "5133", ...]. Version 2
 * writes the key and arguments with the line ({@link Fields.Said}), so nothing reads words then.
 */
public final class PrintedTexts implements Version1Prints {
    /** The texts whose values a panel shows. */
    static final List<String> KEYS = List.of("isolation.parent_before", "isolation.parent_after",
            "isolation.child_got", "isolation.child_now", "isolation.sent_back", "sending.ok", "sending.refused",
            "spawn.command", "spawn.message", "spawn.parent_me", "spawn.child_me", "spawn.child_args",
            "threads.threads", "threads.memory", "cores.machine", "cores.round", "pool.times");
    /** Texts whose words have changed since version 1: the key of the words those files wrote. */
    static final Map<String, String> V1_WORDS = Map.of("sending.ok", "sending.v1.ok", "sending.refused", "sending.v1.refused",
            "cores.round", "cores.v1.round", "spawn.child_args", "spawn.v1.child_args", "spawn.parent_me", "spawn.v1.parent_me");
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Texts.locale("pt"));
    private static final Map<String, List<Pattern>> PATTERNS = compileAll();

    /** Made by the service loader. */
    public PrintedTexts() {
    }

    @Override
    public Fields.Said said(String line) {
        for (Map.Entry<String, List<Pattern>> k : PATTERNS.entrySet()) {
            for (Pattern p : k.getValue()) {
                Matcher m = p.matcher(line);
                if (m.matches()) {
                    List<String> args = new ArrayList<>();
                    for (int i = 0; i < 10 && group(m, i) != null; i++) {
                        args.add(group(m, i));
                    }
                    return new Fields.Said(k.getKey(), args);
                }
            }
        }
        return null;
    }

    private static String group(Matcher m, int i) {
        try {
            return m.group("a" + i);
        } catch (IllegalArgumentException none) {
            return null;
        }
    }

    private static Map<String, List<Pattern>> compileAll() {
        Map<String, List<Pattern>> out = new LinkedHashMap<>();
        for (String key : KEYS) {
            List<Pattern> ps = new ArrayList<>();
            for (Locale l : LANGUAGES) {
                try {
                    String pattern = Bundles.bundle(Texts.BUNDLE, l).getString(V1_WORDS.getOrDefault(key, key));
                    ps.add(Pattern.compile(regex(pattern), Pattern.DOTALL));
                } catch (MissingResourceException e) {
                    // not in this language: the completeness test says so
                }
            }
            out.put(key, List.copyOf(ps));
        }
        return out;
    }

    /** Where the argument opened at {@code open} closes (a choice may hold arguments of its own). */
    private static int closing(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return pattern.length() - 1;
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
                int end = closing(pattern, i);
                String spec = pattern.substring(i + 1, end);
                int comma = spec.indexOf(',');
                if (comma >= 0 && spec.startsWith("choice", comma + 1)) {
                    // a plural's word ("{0} {0,choice,1#core|1<cores}"): any text, the number is the plain {0}
                    re.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                    re.append(".*?");
                    i = end + 1;
                    continue;
                }
                int n = Integer.parseInt((comma < 0 ? spec : spec.substring(0, comma)).strip());
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
