package io.processlab.app;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.processlab.wire.JsonErrors;
import io.processlab.wire.WireCodec;
import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where typed JSON goes wrong, for a message a student can act on: the line, the column
 * and what is wrong, in words. Parses as strictly as the wire does.
 */
final class JsonInput {
    private static final Pattern WHERE = Pattern.compile("line (\\d+) column (\\d+)");

    /**
     * What is wrong and where.
     *
     * @param line 1-based
     * @param column 1-based, as the parser counts it (just after the offending character)
     * @param reason a message key under {@code json.}, or null
     * @param raw the parser's own words, for the keys it has no text for
     */
    record Problem(int line, int column, String reason, String raw) {
    }

    private JsonInput() {
    }

    /** The first problem in {@code text}, or null when it is one valid JSON value. */
    static Problem check(String text) {
        if (text.isBlank()) {
            return new Problem(1, 1, "json.empty", "");
        }
        JsonReader r = new JsonReader(new StringReader(text));
        r.setStrictness(Strictness.STRICT);
        r.setNestingLimit(WireCodec.NESTING_LIMIT);
        try {
            JsonParser.parseReader(r);
        } catch (JsonParseException | IllegalStateException e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            String msg = t.getMessage() == null ? "" : t.getMessage();
            int nl = msg.indexOf('\n');
            if (nl > 0) {
                msg = msg.substring(0, nl);
            }
            return at(msg, reason(msg), msg.replaceAll(" at line \\d+ column \\d+.*", ""));
        }
        try {
            return r.peek() == JsonToken.END_DOCUMENT ? null : at(r.toString(), "json.trailing", "");
        } catch (IOException | IllegalStateException e) {
            return at(e.getMessage() == null ? "" : e.getMessage(), "json.trailing", "");
        }
    }

    private static Problem at(String where, String reason, String raw) {
        Matcher m = WHERE.matcher(where);
        if (m.find()) {
            return new Problem(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), reason, raw);
        }
        return new Problem(1, 1, reason, raw);
    }

    /** The message key of Gson's reason ({@code json.end}, ...), or null. */
    private static String reason(String msg) {
        String code = JsonErrors.code(msg);
        return code == null ? null : "json." + code;
    }
}
