package io.processlab.app.screenshots;

import io.processlab.cli.args.CommandLine;
import io.processlab.cli.args.Parsed;
import io.processlab.cli.args.UsageException;
import io.processlab.cli.args.Value;
import io.processlab.lessons.course.Lessons;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code screenshots DIR [--size WxH] [--lang en|pt] [--presenter] [LESSON]...}: where the pictures
 * go, the window's size (1600x900), its language (English), whether in presenter mode (then the
 * pictures are named {@code app-presenter-LESSON.png}, and the screen should be the window's size,
 * as presenter mode is full screen), and which lessons (the five of the course).
 */
public record ShotOptions(Path dir, int width, int height, Locale locale, boolean presenter, List<String> lessons) {
    /** The verb. */
    public static final String VERB = "screenshots";
    public static final List<String> DEFAULT_LESSONS = List.of("process", "pipe", "queue", "event", "pool");

    /** The window's picture of {@code lesson}: {@code app-LESSON.png}, or {@code app-presenter-LESSON.png}. */
    public String appFile(String lesson) {
        return (presenter ? "app-presenter-" : "app-") + lesson + ".png";
    }

    /** Whether the command line asks for screenshots. */
    public static boolean wants(List<String> args) {
        return !args.isEmpty() && VERB.equals(args.get(0));
    }

    /** The command line of {@code screenshots}: adding an option is one line here, and reading it one in {@link #parse}. */
    static final CommandLine LINE = CommandLine.of(VERB)
            .operand("screenshots.no_dir")
            .moreOperands()
            .option("--size", Value.size(800, 500, 4000, 3000))
            .option("--lang", Value.language())
            .flag("--presenter");

    /** @throws IllegalArgumentException with a one-line reason, in the language {@code --lang} names (else the system's) */
    public static ShotOptions parse(List<String> args) {
        Parsed p;
        try {
            p = LINE.parse(args.subList(1, args.size()));
        } catch (UsageException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        Path dir = Value.path().read(p.operand(0));
        if (dir == null) {
            throw new IllegalArgumentException(CommandLine.text(p.messages(), "args.bad_path", VERB, "DIR", p.operand(0)));
        }
        int[] size = p.get("--size", new int[] {1600, 900});
        List<String> lessons = p.operands().subList(1, p.operands().size());
        for (String l : lessons) {
            if (Lessons.byId(l).isEmpty()) {
                throw new IllegalArgumentException(CommandLine.text(p.messages(), "screenshots.unknown_lesson", l, Lessons.ids()));
            }
        }
        return new ShotOptions(dir, size[0], size[1], Locale.forLanguageTag(p.get("--lang", "en")), p.has("--presenter"),
                lessons.isEmpty() ? DEFAULT_LESSONS : List.copyOf(lessons));
    }
}
