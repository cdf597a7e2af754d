package io.processlab.app.screenshots;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code screenshots DIR [--size WxH] [--lang en|pt] [--presenter] [--grid] [LESSON]...}: where the
 * pictures go, the window's size (1600x900), its language (English), whether in presenter mode (then
 * the pictures are named {@code app-presenter-LESSON.png}, and the screen should be the window's
 * size, as presenter mode is full screen), and which lessons (the five of the course). {@code --grid}
 * takes every lesson (or those named) in both languages at every {@link Layout#GRID} size and mode,
 * with the Code tab, and the Scheduler of a run held in step mode; the screen must be at least
 * 1920x1080.
 */
public record ShotOptions(Path dir, int width, int height, Locale locale, boolean presenter, boolean grid,
        List<String> named) {
    /** The verb. */
    public static final String VERB = "screenshots";
    public static final List<String> DEFAULT_LESSONS = List.of("process", "pipe", "queue", "event", "pool");

    /** The window's picture of {@code lesson}: {@code app-LESSON.png}, or {@code app-presenter-LESSON.png}. */
    public String appFile(String lesson) {
        return (presenter ? "app-presenter-" : "app-") + lesson + ".png";
    }

    /** The lessons named, else the course's five (a grid: every lesson, see {@code all}). */
    public List<String> lessons(List<String> all) {
        return !named.isEmpty() ? named : grid ? all : DEFAULT_LESSONS;
    }

    /** Whether the command line asks for screenshots. */
    public static boolean wants(List<String> args) {
        return !args.isEmpty() && VERB.equals(args.get(0));
    }

    /** @throws IllegalArgumentException with a one-line reason */
    public static ShotOptions parse(List<String> args) {
        if (args.size() < 2 || args.get(1).startsWith("--")) {
            throw new IllegalArgumentException(
                    "screenshots: name a folder: screenshots DIR [--size WxH] [--lang en|pt] [--presenter] [--grid] [LESSON]...");
        }
        Path dir = Path.of(args.get(1));
        int w = 1600;
        int h = 900;
        Locale locale = Locale.ENGLISH;
        boolean presenter = false;
        boolean grid = false;
        List<String> lessons = new ArrayList<>();
        for (int i = 2; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--size") && i + 1 < args.size()) {
                String[] wh = args.get(++i).split("x");
                try {
                    w = Integer.parseInt(wh[0]);
                    h = Integer.parseInt(wh[1]);
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new IllegalArgumentException("screenshots: --size takes WIDTHxHEIGHT, e.g. 1600x900");
                }
                if (w < 800 || h < 500 || w > 4000 || h > 3000) {
                    throw new IllegalArgumentException("screenshots: --size from 800x500 to 4000x3000");
                }
            } else if (a.equals("--lang") && i + 1 < args.size()) {
                String l = args.get(++i);
                if (!l.equals("en") && !l.equals("pt")) {
                    throw new IllegalArgumentException("screenshots: --lang takes en or pt");
                }
                locale = Locale.forLanguageTag(l);
            } else if (a.equals("--presenter")) {
                presenter = true;
            } else if (a.equals("--grid")) {
                grid = true;
            } else if (a.startsWith("--")) {
                throw new IllegalArgumentException("screenshots: unknown option '" + a + "'");
            } else {
                lessons.add(a);
            }
        }
        return new ShotOptions(dir, w, h, locale, presenter, grid, List.copyOf(lessons));
    }
}
