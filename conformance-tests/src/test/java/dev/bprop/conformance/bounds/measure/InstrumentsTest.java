package dev.bprop.conformance.bounds.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * The JVM's instruments read what BOUND-MEASURE names. Each reading is checked between two readings of the source
 * itself, and the allocation counter on an array whose size is known, so no test depends on how long anything takes.
 */
class InstrumentsTest {
    private final Instruments jvm = Instruments.jvm();

    @Test
    void BOUND_MEASURE_timeIsTheCallingThreadsCpuTime() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        assertBetween(threads::getCurrentThreadCpuTime, jvm.threadCpu());
    }

    @Test
    void BOUND_MEASURE_theBudgetIsKeptOnTheWallClock() {
        assertBetween(System::nanoTime, jvm.wall());
    }

    @Test
    void BOUND_MEASURE_memoryIsTheHeapTheCallingThreadAllocates() {
        // new long[1 000 000]: 8 000 000 bytes of elements and a header of a few bytes.
        LongSupplier counter = jvm.threadAllocatedBytes().orElseThrow();
        long before = counter.getAsLong();
        long[] array = new long[1_000_000];
        long allocated = counter.getAsLong() - before;
        assertEquals(1_000_000, array.length);
        assertTrue(allocated >= 8_000_000 && allocated < 8_001_000, "bytes " + allocated);
    }

    private static void assertBetween(LongSupplier source, LongSupplier instrument) {
        long before = source.getAsLong();
        long reading = instrument.getAsLong();
        long after = source.getAsLong();
        assertTrue(before <= reading && reading <= after, before + " <= " + reading + " <= " + after);
    }
}
