package io.processlab.child;

import io.processlab.api.ProcessContext;
import io.processlab.wire.Message;
import java.util.Locale;

/** The child process as its target sees it. */
final class ChildContext implements ProcessContext {
    private final String name;
    private final long pid;
    private final Locale locale;
    private final double slowdown;
    private final ChildLink link;

    ChildContext(String name, long pid, Locale locale, double slowdown, ChildLink link) {
        this.name = name;
        this.pid = pid;
        this.locale = locale;
        this.slowdown = slowdown;
        this.link = link;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public void print(String line) {
        System.out.flush();
        link.send(Message.print(line));
    }

    @Override
    public void say(String key, Object... args) {
        System.out.flush();
        com.google.gson.JsonArray a = new com.google.gson.JsonArray();
        ProcessContext.shown(args).forEach(a::add);
        link.send(Message.said(text(key, args), key, a));
    }

    @Override
    public void sleep(double seconds) {
        link.send(Message.state("sleeping", seconds + " s"));
        double real = seconds * slowdown;
        try {
            Thread.sleep((long) (real * 1000), (int) ((real * 1e9) % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        link.send(Message.state("running", null));
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public double slowdown() {
        return slowdown;
    }

    @Override
    public void step(String marker) {
        link.send(Message.step(marker));
    }
}
