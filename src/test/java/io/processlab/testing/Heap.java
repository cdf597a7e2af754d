package io.processlab.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The heap a piece of work took at its peak, for the figures of docs/reliability.md: a full GC,
 * the heap pools' peaks reset, then the sum of their peaks minus what was in use before (an upper
 * figure: the pools do not all peak at once).
 */
public final class Heap {
    private Heap() {
    }

    /** A measure begun. */
    public static final class Peak {
        private final long before;

        private Peak(long before) {
            this.before = before;
        }

        /** The peak since the start, in MB. */
        public long megabytes() {
            long peak = 0;
            for (MemoryPoolMXBean p : pools()) {
                peak += p.getPeakUsage().getUsed();
            }
            return Math.max(0, peak - before) >> 20;
        }
    }

    public static Peak peak() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean p : pools()) {
            p.resetPeakUsage();
            used += p.getUsage().getUsed();
        }
        return new Peak(used);
    }

    private static List<MemoryPoolMXBean> pools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
