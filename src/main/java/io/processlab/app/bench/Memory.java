package io.processlab.app.bench;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's memory, as the benches report it: resident memory (Linux's {@code VmRSS}, its
 * peak {@code VmHWM}), the Java heap in use and what the collector holds of it (committed).
 */
record Memory(long residentBytes, long residentPeakBytes, long heapUsedBytes, long heapCommittedBytes) {
    /** Now, without a collection first. */
    static Memory now() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new Memory(status("VmRSS:"), status("VmHWM:"), heap.getUsed(), heap.getCommitted());
    }

    JsonObject json() {
        JsonObject o = new JsonObject();
        o.addProperty("rss_mb", mb(residentBytes));
        o.addProperty("rss_peak_mb", mb(residentPeakBytes));
        o.addProperty("heap_used_mb", mb(heapUsedBytes));
        o.addProperty("heap_committed_mb", mb(heapCommittedBytes));
        return o;
    }

    /** A line of {@code /proc/self/status} in bytes ({@code VmRSS:}, {@code VmHWM:}), or -1 where it cannot be read. */
    static long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    long kib = 0;
                    for (char c : line.substring(field.length()).toCharArray()) {
                        if (c >= '0' && c <= '9') {
                            kib = kib * 10 + (c - '0');
                        }
                    }
                    return kib * 1024; // "VmRSS:   123456 kB"
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** The heap held by live objects: in use after a full collection. */
    static long heapUsedAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /**
     * Writes the heap's class histogram ({@code NAME.histogram.txt}: a full collection first) and,
     * when the JVM tracks it, the native memory summary ({@code NAME.nmt.txt}) into {@code dir};
     * nothing when {@code dir} is null. Through the JVM's diagnostic commands, as {@code jcmd} does.
     */
    static void dump(Path dir, String name) throws IOException {
        if (dir == null) {
            return;
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".histogram.txt"), diagnostic("gcClassHistogram"));
        String nmt = diagnostic("vmNativeMemory", "summary");
        if (!nmt.contains("not enabled")) {
            Files.writeString(dir.resolve(name + ".nmt.txt"), nmt);
        }
    }

    private static String diagnostic(String command, String... args) {
        try {
            return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), command,
                    new Object[] {args}, new String[] {String[].class.getName()}));
        } catch (javax.management.JMException | RuntimeException e) {
            return "not available: " + e;
        }
    }

    static long mb(long bytes) {
        return bytes < 0 ? -1 : Math.round(bytes / (1024.0 * 1024.0));
    }
}
