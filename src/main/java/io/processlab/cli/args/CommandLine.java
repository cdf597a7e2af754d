package io.processlab.cli.args;

import io.processlab.api.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One command's command line, declared once: its operands, its options and their values.
 *
 * <pre>{@code
 * CommandLine RUN = CommandLine.of("run")
 *         .operand("run.no_lesson")
 *         .repeatable("--set", Value.text())
 *         .option("--lang", Value.language())
 *         .option("--scale", Value.whole(1, 3));
 * Parsed p = RUN.parse(args);              // throws UsageException, in the user's language
 * int scale = p.get("--scale", 1);
 * }</pre>
 *
 * <p>An option's value follows it ({@code --png out.png}) or is joined to it with {@code =}
 * ({@code --png=out.png}); the last one given counts, but a repeatable option keeps them all.
 * Messages come from the cli bundle ({@code resources/i18n/cli*.properties}), in the language
 * {@code --lang} names when it is valid, else the system's.
 */
public final class CommandLine {
    /** The cli bundle. */
    public static final String BUNDLE = "i18n.cli";

    private record Spec(Value<?> value, boolean repeatable) {
    }

    private final String command;
    private final List<String> operandKeys = new ArrayList<>();
    private final List<Object[]> operandArgs = new ArrayList<>();
    private boolean moreOperands;
    private final Map<String, Spec> options = new LinkedHashMap<>();

    private CommandLine(String command) {
        this.command = command;
    }

    /** The command line of {@code command} (as its messages name it: {@code run}, {@code bench --ui}). */
    public static CommandLine of(String command) {
        return new CommandLine(command);
    }

    /** A required operand, in order; when it is missing the message {@code missingKey} says so (with {@code args}). */
    public CommandLine operand(String missingKey, Object... args) {
        operandKeys.add(missingKey);
        operandArgs.add(args);
        return this;
    }

    /** Any number of operands after the required ones (e.g. the lessons of {@code screenshots}). */
    public CommandLine moreOperands() {
        moreOperands = true;
        return this;
    }

    /** An option that takes a value. */
    public CommandLine option(String name, Value<?> value) {
        options.put(name, new Spec(value, false));
        return this;
    }

    /** An option that takes a value and may be given more than once ({@code --set K=V --set K2=V2}). */
    public CommandLine repeatable(String name, Value<?> value) {
        options.put(name, new Spec(value, true));
        return this;
    }

    /** An option without a value ({@code --presenter}). */
    public CommandLine flag(String name) {
        options.put(name, new Spec(null, false));
        return this;
    }

    /** The options' names, in the order they were declared (the usage text names each: a test checks it). */
    public java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(options.keySet());
    }

    /** The language of messages for {@code args}: {@code --lang} if it is en or pt, else the system's. */
    public static Locale messages(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String v = a.equals("--lang") && i + 1 < args.size() ? args.get(i + 1)
                    : a.startsWith("--lang=") ? a.substring(7) : null;
            if ("en".equals(v) || "pt".equals(v)) {
                return Texts.locale(v);
            }
        }
        return Texts.systemLocale();
    }

    /** A text of the cli bundle in {@code locale}. */
    public static String text(Locale locale, String key, Object... args) {
        return Texts.from(BUNDLE, locale, key, args);
    }

    /** Reads {@code args} (what follows the verb). */
    public Parsed parse(List<String> args) throws UsageException {
        Locale msgs = messages(args);
        List<String> operands = new ArrayList<>();
        Map<String, List<Object>> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                if (operands.size() >= operandKeys.size() && !moreOperands) {
                    throw new UsageException(text(msgs, "args.unknown_option", command, a));
                }
                operands.add(a);
                continue;
            }
            int eq = a.indexOf('=');
            String name = eq > 0 ? a.substring(0, eq) : a;
            Spec spec = options.get(name);
            if (spec == null || (spec.value() == null && eq > 0)) {
                throw new UsageException(text(msgs, "args.unknown_option", command, a));
            }
            if (operands.size() < operandKeys.size()) {
                // an option before a required operand: that operand is missing
                throw new UsageException(text(msgs, operandKeys.get(operands.size()), operandArgs.get(operands.size())));
            }
            Object v;
            if (spec.value() == null) {
                v = Boolean.TRUE;
            } else {
                String raw;
                if (eq > 0) {
                    raw = a.substring(eq + 1);
                } else if (i + 1 < args.size() && !isOption(args.get(i + 1))) {
                    raw = args.get(++i);
                } else {
                    throw new UsageException(text(msgs, "args.needs_value", command, name));
                }
                v = spec.value().read(raw);
                if (v == null) {
                    Object[] extra = spec.value().args();
                    Object[] all = new Object[3 + extra.length];
                    all[0] = command;
                    all[1] = name;
                    all[2] = raw;
                    System.arraycopy(extra, 0, all, 3, extra.length);
                    throw new UsageException(text(msgs, spec.value().key(), all));
                }
            }
            List<Object> list = values.computeIfAbsent(name, k -> new ArrayList<>());
            if (!spec.repeatable()) {
                list.clear();
            }
            list.add(v);
        }
        if (operands.size() < operandKeys.size()) {
            throw new UsageException(text(msgs, operandKeys.get(operands.size()), operandArgs.get(operands.size())));
        }
        return new Parsed(msgs, operands, values);
    }

    /** Whether {@code a} is one of this command's options (so it is not taken as the value before it). */
    private boolean isOption(String a) {
        int eq = a.indexOf('=');
        return a.startsWith("--") && options.containsKey(eq > 0 ? a.substring(0, eq) : a);
    }
}
