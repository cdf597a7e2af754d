package io.processlab.wire;

import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.Date;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one place where ProcessLab's texts are loaded: the bundles under {@code resources/i18n/}
 * (English base, Portuguese beside it: {@code lessons}, {@code messages}, {@code cli},
 * {@code engine}, {@code json}, {@code view}). Any Portuguese locale reads the Portuguese files,
 * any other the English ones; a missing key reads "!key!". Patterns are {@link MessageFormat}s.
 */
public final class Bundles {
    /** Portuguese as the seed writes it. */
    public static final Locale PORTUGUESE = Locale.forLanguageTag("pt-BR");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {
    }

    /** Portuguese for any {@code pt*} locale, else English. */
    public static Locale of(Locale l) {
        return l != null && "pt".equals(l.getLanguage()) ? PORTUGUESE : Locale.ENGLISH;
    }

    /** The bundle {@code name} ("i18n.messages") in {@code locale}'s language. */
    public static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, of(locale), Bundles.class.getClassLoader(), NO_FALLBACK);
    }

    /** The text of {@code key} in bundle {@code name}, formatted with {@code args}; "!key!" when missing. */
    public static String text(String name, Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(name, locale).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return format(of(locale), pattern, args);
    }

    /**
     * Formats a bundle pattern: without arguments only {@code ''} becomes {@code '}. A number
     * reaches the pattern as a number, so that {@code {0,choice,1#1 process|1<{0} processes}}
     * picks the singular or the plural; a plain {@code {0}} shows it as written (no grouping),
     * whatever the locale, inside a choice too (a caller formats a decimal for its language
     * before, see {@link #decimal}).
     */
    public static String format(Locale locale, String pattern, Object... args) {
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        MessageFormat mf = new MessageFormat(pattern, locale);
        Format[] formats = mf.getFormats();
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] == null) {
                formats[i] = new Plain(locale);
            } else if (formats[i] instanceof ChoiceFormat c) {
                formats[i] = new Plural(c, locale, args);
            }
        }
        mf.setFormats(formats);
        return mf.format(args);
    }

    /** A plain {@code {N}}: a number as written ({@code 1234}, {@code 0.5}), anything else as MessageFormat shows it. */
    private static final class Plain extends Format {
        private final Locale locale;

        Plain(Locale locale) {
            this.locale = locale;
        }

        @Override
        public StringBuffer format(Object o, StringBuffer to, FieldPosition pos) {
            if (o instanceof Date d) {
                return to.append(DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale).format(d));
            }
            return to.append(o instanceof String t ? t : String.valueOf(o));
        }

        @Override
        public Object parseObject(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("format only");
        }
    }

    /** A {@code {N,choice,...}}: the branch its number picks, whose own {@code {M}}s are formatted as here. */
    private static final class Plural extends Format {
        private final ChoiceFormat choice;
        private final Locale locale;
        private final Object[] args;

        Plural(ChoiceFormat choice, Locale locale, Object[] args) {
            this.choice = choice;
            this.locale = locale;
            this.args = args;
        }

        @Override
        public StringBuffer format(Object o, StringBuffer to, FieldPosition pos) {
            return to.append(branch(choice.format(count(o))));
        }

        /** The count: a number, or a text that is one (a printed line's argument); else "many". */
        private static double count(Object o) {
            if (o instanceof Number n) {
                return n.doubleValue();
            }
            try {
                return Double.parseDouble(String.valueOf(o).strip());
            } catch (NumberFormatException notANumber) {
                return Double.MAX_VALUE;
            }
        }

        private String branch(String text) {
            return text.indexOf('{') >= 0 ? Bundles.format(locale, text, args) : text;
        }

        @Override
        public Object parseObject(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("format only");
        }
    }

    /** {@code v} with {@code decimals} decimals, in the language's way: "2.425" in English, "2,425" in Portuguese. */
    public static String decimal(Locale locale, double v, int decimals) {
        return String.format(of(locale), "%." + decimals + "f", v);
    }
}
