package io.processlab.app;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Gives the window's memory back once a run is over. A run's trace, its canvas and the engine's
 * buffers make garbage by the hundred megabytes, and G1 keeps the heap it grew for them committed
 * (and resident) long after: over 20 runs and a Reset the resident memory went from 147 to 292 MB
 * while the live heap stayed at 42-47 MB. So: the collector is told to keep less free heap (the
 * manageable {@code MinHeapFreeRatio=15}, {@code MaxHeapFreeRatio=40}, unless the command line
 * chose them; the packaged app's launcher passes the same), and one full collection runs when the
 * window is idle: {@link #DELAY_MS} after a run ends or after Reset, once however many ask.
 * After it, the C library is asked to give its freed native memory back ({@code
 * System.trim_native_heap}, where the JVM offers it: Java 17.0.9 and later on glibc): over 20 runs
 * the JVM's own native memory grew by 12 MB and the resident memory by 89 MB, most of the rest
 * being memory JavaFX and the JIT had freed that glibc kept (the packaged app's launcher passes
 * {@code -XX:TrimNativeHeapInterval}, since its runtime's diagnostic bean offers no commands).
 */
final class HeapTrim {
    /** How long after the end of a run, or a Reset, the collection runs. */
    static final long DELAY_MS = 1_000;

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "processlab-heap-trim");
        t.setDaemon(true);
        return t;
    });
    private static ScheduledFuture<?> pending;

    private HeapTrim() {
    }

    /** {@link #tune} on the collector's own thread: the window's first frame does not wait for the JVM's management beans. */
    static void tuneSoon() {
        TIMER.execute(HeapTrim::tune);
    }

    /** Sets the heap's free ratios for this JVM, where the command line left them at their defaults. */
    static void tune() {
        try {
            com.sun.management.HotSpotDiagnosticMXBean vm =
                    ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            if (vm.getVMOption("MinHeapFreeRatio").getOrigin() == com.sun.management.VMOption.Origin.DEFAULT
                    && vm.getVMOption("MaxHeapFreeRatio").getOrigin() == com.sun.management.VMOption.Origin.DEFAULT) {
                vm.setVMOption("MinHeapFreeRatio", "15");
                vm.setVMOption("MaxHeapFreeRatio", "40");
            }
        } catch (RuntimeException | LinkageError e) {
            // a runtime without jdk.management, or a collector that ignores them: the defaults stay
        }
    }

    /** Runs one full collection {@link #DELAY_MS} from now, unless one is already waiting. */
    static synchronized void soon() {
        if (pending == null || pending.isDone()) {
            pending = TIMER.schedule(HeapTrim::collect, DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private static void collect() {
        System.gc();
        trimNativeHeap();
    }

    /** Asks the C library to give freed native memory back; false where this JVM cannot (another OS, an older JVM, no such command). */
    static boolean trimNativeHeap() {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "systemTrimNativeHeap",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return true;
        } catch (JMException | RuntimeException | LinkageError e) {
            return false;
        }
    }
}
