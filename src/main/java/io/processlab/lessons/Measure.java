package io.processlab.lessons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What Linux tells about a process in {@code /proc}: its memory and the core it last ran on.
 * Elsewhere these are empty, and the demos say so.
 */
public final class Measure {
    private Measure() {
    }

    /** Resident memory of the calling process in KiB ({@code VmRSS}). */
    public static Optional<Long> rssKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("\\D+", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return Optional.empty();
    }

    /** The CPU the calling thread last ran on: field 39 of {@code /proc/thread-self/stat}. */
    public static Optional<Integer> cpu() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of(Integer.parseInt(f[36]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
