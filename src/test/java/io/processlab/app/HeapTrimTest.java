package io.processlab.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** The window's memory given back: after its collection, the C library's freed memory too (no figure is checked). */
class HeapTrimTest {
    @Test
    void theNativeHeapIsTrimmedOnAJvmOfLinuxThatOffersTheCommand() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "System.trim_native_heap is glibc's");
        Runtime.Version v = Runtime.version();
        assumeTrue(v.feature() > 17 || v.update() >= 9, "the command came with Java 17.0.9");
        assertTrue(HeapTrim.trimNativeHeap());
    }
}
