package io.processlab.app.model;

import io.processlab.app.i18n.I18n;
import io.processlab.lessons.SettingException;
import io.processlab.lessons.SettingSpec;
import io.processlab.wire.JsonErrors;
import io.processlab.wire.Payloads;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One setting as typed: its text, checked as typed with {@link SettingSpec#parse}; when it is
 * wrong, why, in the window's language.
 */
public final class SettingFieldViewModel {
    private final String lessonId;
    private final SettingSpec spec;
    private final I18n i18n;
    private final StringProperty text = new SimpleStringProperty();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);

    public SettingFieldViewModel(String lessonId, SettingSpec spec, I18n i18n) {
        this.lessonId = lessonId;
        this.spec = spec;
        this.i18n = i18n;
        text.addListener((o, a, b) -> check());
        i18n.localeProperty().addListener((o, a, b) -> {
            // a decimal written as the other language writes it is written again in this one's
            // (a number the lesson reads: the separator is all that changes, and either is read)
            if (spec.type() == SettingSpec.Type.DECIMAL && text.get() != null && isValid()) {
                text.set(localDecimal(text.get()));
            }
            // a whole number grouped as the other language groups it is grouped again ("1,500,000", "1.500.000")
            if (spec.type() == SettingSpec.Type.INT && text.get() != null && isValid()) {
                text.set(grouped(text.get()));
            }
            check();
        });
        text.set(shown(spec.defaultText()));
    }

    /**
     * A value as this field shows it: a decimal with the language's separator ("0,5" in
     * Portuguese; the field reads either).
     */
    public String shown(String plain) {
        if (plain != null && spec.type() == SettingSpec.Type.INT) {
            return grouped(plain);
        }
        return spec.type() == SettingSpec.Type.DECIMAL && plain != null ? localDecimal(plain) : plain;
    }

    /** A valid whole number as the language writes it, grouped from 10,000 on as the ranges are; else as it is. */
    private String grouped(String typed) {
        try {
            return SettingSpec.number(((Number) spec.parse(typed)).longValue(), i18n.locale());
        } catch (io.processlab.lessons.SettingException notValid) {
            return typed;
        }
    }

    private String localDecimal(String t) {
        char sep = java.text.DecimalFormatSymbols.getInstance(i18n.locale()).getDecimalSeparator();
        return t.replace(sep == ',' ? '.' : ',', sep);
    }

    public SettingSpec spec() {
        return spec;
    }

    public String key() {
        return spec.key();
    }

    /** The text as typed; every change is checked at once. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the text is refused, or "" when it is fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    /** A readable name: "Consumers". */
    public String label() {
        return i18n.getOr("setting." + lessonId + "." + spec.key(), spec.key());
    }

    /** The value as a sentence reads it: the field's text, a yes/no one as "on" or "off". */
    public String valueInWords() {
        if (spec.type() == SettingSpec.Type.BOOL) {
            return i18n.get("true".equalsIgnoreCase(text.get().strip()) ? "allowed.bool_on" : "allowed.bool_off");
        }
        return text.get();
    }

    /** What is allowed, in words: "1 to 64". */
    public String allowed() {
        String min = number(spec.min());
        String max = number(spec.max());
        return switch (spec.type()) {
            case INT, DECIMAL -> i18n.get("allowed.range", min, max);
            case BOOL -> i18n.get("allowed.bool");
            case TEXT -> i18n.get("allowed.text", min, max);
            case JSON -> i18n.get("allowed.json", max);
        };
    }

    private String number(double d) {
        return SettingSpec.number(d, i18n.locale());
    }

    /** Puts the lesson's default back. */
    public void reset() {
        text.set(shown(spec.defaultText()));
    }

    private void check() {
        String why = problem(text.get() == null ? "" : text.get());
        error.set(why);
        valid.set(why.isEmpty());
    }

    private String problem(String typed) {
        // the lesson's own parse decides: JSON, or one of the notebook's Python literals
        // (['spam', 42, 'ovos'], None, True); what is neither is told as JSON's first problem
        try {
            spec.parse(typed);
            return "";
        } catch (SettingException e) {
            String max = number(spec.max());
            return switch (e.problem()) {
                case EMPTY -> switch (spec.type()) {
                    case INT -> i18n.get("error.whole", allowed());
                    case DECIMAL -> i18n.get("error.number", allowed());
                    case BOOL -> i18n.get("error.bool");
                    default -> i18n.get("error.range", allowed());
                };
                case TOO_DEEP, BAD_JSON -> e.json() != null ? json(e.json()) : i18n.get("error.deep", e.depth(), Payloads.MAX_DEPTH);
                case NOT_A_WHOLE_NUMBER -> i18n.get("error.whole", allowed());
                case NOT_A_NUMBER -> i18n.get("error.number", allowed());
                case NOT_A_BOOLEAN -> i18n.get("error.bool");
                case OUT_OF_RANGE -> i18n.get("error.range", allowed());
                case TOO_LONG -> i18n.get("error.long", max);
                default -> e.message(i18n.locale());
            };
        }
    }

    /** "Not valid JSON at line 1, column 4: the text ends too early...", in the window's language. */
    private String json(JsonErrors.Problem p) {
        return i18n.get("error.json", p.line(), p.column(), JsonErrors.reason(p.reason(), i18n.locale()));
    }
}
