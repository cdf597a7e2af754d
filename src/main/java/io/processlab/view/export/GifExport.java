package io.processlab.view.export;

import io.processlab.trace.AtomicFile;
import io.processlab.trace.ProcessInfo;
import io.processlab.trace.Trace;
import io.processlab.trace.TraceEvent;
import io.processlab.view.objects.ObjectsModel;
import io.processlab.view.panel.PanelContent;
import io.processlab.view.panel.PanelRenderer;
import io.processlab.view.timeline.Frame;
import io.processlab.view.timeline.Painter;
import io.processlab.view.timeline.Palette;
import io.processlab.view.timeline.ProcessStates;
import io.processlab.view.timeline.State;
import io.processlab.view.timeline.TimeAxis;
import io.processlab.view.timeline.TimelineRenderer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * A run's replay as an animated GIF: frame {@code i} shows the run at {@code i * speed / fps}
 * seconds, the panel (the fold at that time, drawn by {@link PanelRenderer}) over the timeline
 * (the states up to that time, drawn by {@link TimelineRenderer}, with the cursor), or either
 * alone. The last frame is the run's end, held {@link #HOLD_CS} hundredths of a second before the
 * loop starts again. Bounded: at most {@link #MAX_WIDTH} x {@link #MAX_HEIGHT} pixels and
 * {@link #MAX_FRAMES} frames; each frame stores only what changed.
 */
public final class GifExport {
    public static final int MAX_WIDTH = 1920;
    public static final int MAX_HEIGHT = 1080;
    public static final int MIN_WIDTH = 320;
    public static final int MIN_HEIGHT = 180;
    public static final int MAX_FRAMES = 1200;
    public static final int MAX_FPS = 30;
    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 16;
    /** How long the last frame stays, in hundredths of a second. */
    public static final int HOLD_CS = 200;
    /** The timeline's least and largest share of the height when the panel is shown too. */
    static final double TIMELINE_MIN = 0.4;
    static final double TIMELINE_MAX = 0.62;
    /** The lane height the timeline asks for. */
    static final double LANE = 32;
    /** The logical width a frame is drawn at for scale 1; wider GIFs draw larger, narrower smaller. */
    static final double BASE_WIDTH = 960;

    /** What a frame shows. */
    public enum Parts { BOTH, TIMELINE, PANEL }

    /**
     * The replay's shape.
     *
     * @param width pixels
     * @param height pixels
     * @param speed run seconds per GIF second
     * @param fps frames per GIF second
     * @param parts panel and timeline, or either
     * @param title the first line of each frame (lesson), or null
     * @param locale the words' language
     */
    public record Options(int width, int height, double speed, int fps, Parts parts, String title, Locale locale) {
        public Options {
            if (width < MIN_WIDTH || width > MAX_WIDTH || height < MIN_HEIGHT || height > MAX_HEIGHT) {
                throw new IllegalArgumentException("the size is " + MIN_WIDTH + "x" + MIN_HEIGHT + " to " + MAX_WIDTH
                        + "x" + MAX_HEIGHT + ", not " + width + "x" + height);
            }
            if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
                throw new IllegalArgumentException("the speed is " + MIN_SPEED + " to " + MAX_SPEED + ", not " + speed);
            }
            if (fps < 1 || fps > MAX_FPS) {
                throw new IllegalArgumentException("the frame rate is 1 to " + MAX_FPS + ", not " + fps);
            }
            parts = parts == null ? Parts.BOTH : parts;
            locale = locale == null ? Locale.ENGLISH : locale;
        }

        /** 960x540, real speed, 10 frames a second, panel and timeline. */
        public static Options defaults(String title, Locale locale) {
            return new Options(960, 540, 1, 10, Parts.BOTH, title, locale);
        }
    }

    /** The GIF written: its frames and the run time each stands for. */
    public record Written(int frames, long durationUs, long bytes) {
    }

    /** A run too long for {@link #MAX_FRAMES} at this speed and frame rate. */
    public static final class TooManyFrames extends IOException {
        private final int frames;

        TooManyFrames(int frames) {
            super(frames + " frames, more than " + MAX_FRAMES);
            this.frames = frames;
        }

        public int frames() {
            return frames;
        }
    }

    private GifExport() {
    }

    /** The frames a run of {@code durationUs} takes at {@code speed} and {@code fps}: one per 1/fps second of GIF, and the end. */
    public static int frameCount(long durationUs, double speed, int fps) {
        double gifSeconds = Math.max(0, durationUs) / 1e6 / speed;
        return (int) Math.ceil(gifSeconds * fps - 1e-9) + 1;
    }

    /** The run time of frame {@code i}. */
    static long timeOf(int i, int n, long durationUs, double speed, int fps) {
        if (i >= n - 1) {
            return durationUs;
        }
        return Math.min(durationUs, Math.round(i * speed / fps * 1e6));
    }

    /** How long frame {@code i} of {@code n} stays, in hundredths of a second (rounding carried over, so the total is right). */
    static int delayCs(int i, int n, int fps) {
        if (i == n - 1) {
            return HOLD_CS;
        }
        return (int) (Math.round((i + 1) * 100.0 / fps) - Math.round(i * 100.0 / fps));
    }

    /**
     * Writes the replay of {@code trace} to {@code file} (atomically), telling {@code progress}
     * how many frames are done; stops with an {@link InterruptedIOException} when {@code cancelled}
     * says so (the file is then left as it was).
     */
    public static Written write(Trace trace, Path file, Options o, IntConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        Replay r = new Replay(trace, o);
        int n = r.frames();
        if (n > MAX_FRAMES) {
            throw new TooManyFrames(n);
        }
        long[] bytes = new long[1];
        AtomicFile.write(file, out -> {
            CountingStream counted = new CountingStream(out);
            GifPalette palette = r.palette();
            byte[] indices = new byte[o.width() * o.height()];
            try (GifWriter w = new GifWriter(counted, o.width(), o.height(), palette)) {
                for (int i = 0; i < n; i++) {
                    if (cancelled.getAsBoolean()) {
                        throw new InterruptedIOException("cancelled");
                    }
                    w.frame(palette.indices(r.frame(i), indices), delayCs(i, n, o.fps()));
                    progress.accept(i + 1);
                }
            }
            bytes[0] = counted.count;
        });
        return new Written(n, r.duration(), bytes[0]);
    }

    /** The frames of one replay, drawn in order (each moves the fold and the states forward). */
    static final class Replay {
        private final Trace trace;
        private final Options o;
        private final long duration;
        private final int n;
        private final BufferedImage img;
        private final int[] pixels;
        private final double scale;
        private final List<TraceEvent> events;
        private ProcessStates states;
        private ObjectsModel fold;
        private int next;
        private int drawn = -1;
        private double panelScale = -1;
        private final boolean poolRun;
        /** The panel's height in pixels; the timeline has the rest. */
        private final double panelH;

        Replay(Trace trace, Options o) {
            this.trace = trace;
            this.o = o;
            this.events = trace.events();
            this.poolRun = PanelContent.usesPool(events);
            ProcessStates whole = ProcessStates.ofRun(trace);
            this.duration = Math.max(1, whole.endUs());
            this.n = frameCount(duration, o.speed(), o.fps());
            this.img = new BufferedImage(o.width(), o.height(), BufferedImage.TYPE_INT_RGB);
            this.pixels = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
            this.scale = Math.max(0.5, Math.min(2, o.width() / BASE_WIDTH));
            this.panelH = switch (o.parts()) {
                case BOTH -> o.height() - timelineHeight(whole);
                case PANEL -> o.height();
                case TIMELINE -> 0;
            };
            restart();
        }

        int frames() {
            return n;
        }

        long duration() {
            return duration;
        }

        private void restart() {
            states = new ProcessStates();
            for (ProcessInfo p : trace.processes()) {
                states.addProcess(p);
            }
            fold = new ObjectsModel();
            next = 0;
            drawn = -1;
        }

        /** The palette: the colours drawn with, and the commonest of the first, middle and last frames. */
        GifPalette palette() {
            List<int[]> samples = new ArrayList<>();
            for (int i : new int[] {0, n / 2, n - 1}) {
                if (i > drawn) {
                    samples.add(frame(i).clone());
                }
            }
            restart();
            List<Integer> req = new ArrayList<>(List.of(Palette.BACKGROUND, Palette.LANE_STRIPE, Palette.GRID,
                    Palette.AXIS, Palette.TEXT, Palette.TEXT_DIM, Palette.CURSOR, Palette.ERROR_MARK, 0xFF000000));
            for (State s : State.values()) {
                req.add(Palette.color(s));
            }
            for (int c : io.processlab.view.panel.PanelStyle.colours()) {
                req.add(c);
            }
            return GifPalette.of(req.stream().mapToInt(Integer::intValue).toArray(), samples);
        }

        /** Frame {@code i}'s pixels (RGB, row by row); frames must be asked in order. */
        int[] frame(int i) {
            if (i <= drawn) {
                restart();
            }
            long t = timeOf(i, n, duration, o.speed(), o.fps());
            while (next < events.size() && events.get(next).tUs() <= t) {
                TraceEvent e = events.get(next++);
                states.accept(e);
                fold.apply(e);
            }
            if (i == n - 1) {
                while (next < events.size()) {
                    TraceEvent e = events.get(next++);
                    states.accept(e);
                    fold.apply(e);
                }
                states.endRun();
            }
            draw(t);
            drawn = i;
            return pixels;
        }

        private void draw(long t) {
            Graphics2D g = img.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, o.width(), o.height());
                String title = title(t);
                if (panelH > 0) {
                    panel(g, panelH, title);
                }
                if (panelH < o.height()) {
                    Graphics2D tg = (Graphics2D) g.create(0, (int) panelH, o.width(), (int) (o.height() - panelH));
                    try {
                        tg.scale(scale, scale);
                        timeline(new Java2DPainter(tg, 1), (o.height() - panelH) / scale, t,
                                panelH > 0 ? null : title);
                    } finally {
                        tg.dispose();
                    }
                }
                if (o.parts() == Parts.BOTH) {
                    g.setColor(new Color(0xD0D5DD));
                    g.fillRect(0, (int) panelH - 1, o.width(), 2);
                }
            } finally {
                g.dispose();
            }
        }

        private String title(long t) {
            String when = TimeAxis.format(t) + " / " + TimeAxis.format(duration);
            return o.title() == null ? when : o.title() + "  \u00b7  " + when;
        }

        private void panel(Graphics2D g, double h, String title) {
            PanelContent c = PanelContent.of(fold, o.locale(), poolRun);
            Painter measure = Java2DPainter.measuring();
            if (panelScale < 0) {
                panelScale = panelScale(h, measure);
            }
            double s = panelScale;
            Graphics2D pg = (Graphics2D) g.create(0, 0, o.width(), (int) h);
            try {
                pg.scale(s, s);
                PanelRenderer.paint(new Java2DPainter(pg, 1), c, o.width() / s, h / s, title);
            } finally {
                pg.dispose();
            }
        }

        /**
         * The timeline's height when the panel is shown too: what its lanes need at {@link #LANE}
         * pixels with the axis and the legend, between {@link #TIMELINE_MIN} and
         * {@link #TIMELINE_MAX} of the height (a run of few processes leaves the panel more).
         */
        private double timelineHeight(ProcessStates whole) {
            Frame f = new Frame().size(o.width() / scale, 1000).laneHeight(LANE).legend(true).locale(o.locale());
            double need = new TimelineRenderer().fullHeight(Java2DPainter.measuring(), whole, f) * scale;
            return Math.round(Math.max(o.height() * TIMELINE_MIN, Math.min(o.height() * TIMELINE_MAX, need)));
        }

        /**
         * The panel's one scale for the whole GIF: the largest (at most the frame's) at which every
         * frame's panel fits its height, found on a pass over the fold alone, so it never jumps.
         */
        private double panelScale(double h, Painter measure) {
            ObjectsModel m = new ObjectsModel();
            int k = 0;
            double s = scale;
            for (int i = 0; i < n; i++) {
                long t = timeOf(i, n, duration, o.speed(), o.fps());
                while (k < events.size() && events.get(k).tUs() <= t) {
                    m.apply(events.get(k++));
                }
                PanelContent c = PanelContent.of(m, o.locale(), poolRun);
                while (s > 0.5 && PanelRenderer.height(measure, c, o.width() / s, title(t)) * s > h) {
                    s *= 0.94;
                }
            }
            return s;
        }

        private void timeline(Painter p, double h, long t, String title) {
            double w = o.width() / scale;
            TimelineRenderer r = new TimelineRenderer();
            int lanes = Math.max(1, states.lanes().size());
            Frame f = new Frame().size(w, h).range(0, duration + Math.max(1, duration / 100)).now(t).cursor(t)
                    .legend(true).locale(o.locale()).title(title, null);
            double area = r.layout(p, states, f).lanesBottom() - r.layout(p, states, f).lanesTop();
            if (area < Math.min(lanes, 7) * 30) {
                f.legend(false);
                area = r.layout(p, states, f).lanesBottom() - r.layout(p, states, f).lanesTop();
            }
            f.laneHeight(Math.max(8, Math.min(40, Math.floor(area / lanes))));
            r.paint(p, states, f);
        }
    }

    /** Counts the bytes written through it. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
