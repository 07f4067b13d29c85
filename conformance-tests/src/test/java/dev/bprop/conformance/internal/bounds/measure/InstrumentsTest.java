package dev.bprop.conformance.internal.bounds.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * The instruments read what BOUND-MEASURE names. The JVM's are checked between two readings of their source, and
 * the allocation counter on an array whose size is known, so no test depends on how long anything takes; what a JVM
 * that measures less falls back to is checked on a thread bean that says what it supports.
 */
class InstrumentsTest {
    private final Instruments jvm = Instruments.jvm();

    @Test
    void BOUND_MEASURE_timeIsTheCallingThreadsCpuTime() {
        assertBetween(ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime, jvm.threadCpu());
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

    @Test
    void BOUND_MEASURE_whatTheJvmMeasuresIsSwitchedOnBeforeItIsRead() {
        List<String> calls = new ArrayList<>();
        Instruments instruments = Instruments.of(bean(com.sun.management.ThreadMXBean.class, true, calls));
        assertEquals(List.of("setThreadCpuTimeEnabled true", "setThreadAllocatedMemoryEnabled true"), calls);
        assertEquals(11, instruments.threadCpu().getAsLong());
        assertEquals(13, instruments.threadAllocatedBytes().orElseThrow().getAsLong());
    }

    @Test
    void BOUND_MEASURE_aJvmWithoutThreadCpuTimeIsTimedOnTheWallClockAndOneWithoutACounterHasNone() {
        List<String> calls = new ArrayList<>();
        Instruments instruments = Instruments.of(bean(com.sun.management.ThreadMXBean.class, false, calls));
        assertBetween(System::nanoTime, instruments.threadCpu());
        assertTrue(instruments.threadAllocatedBytes().isEmpty());
        assertEquals(List.of(), calls, "nothing switched on");
        assertTrue(Instruments.of(bean(ThreadMXBean.class, true, calls)).threadAllocatedBytes().isEmpty(),
                "a thread bean that is not HotSpot's has no allocation counter");
    }

    /**
     * A thread bean that supports CPU time and allocation counting as {@code supported} says, reads 11 ns and 13
     * bytes, and notes what is switched on.
     */
    private static ThreadMXBean bean(Class<? extends ThreadMXBean> type, boolean supported, List<String> calls) {
        return type.cast(Proxy.newProxyInstance(InstrumentsTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isCurrentThreadCpuTimeSupported", "isThreadAllocatedMemorySupported" -> supported;
                    case "getCurrentThreadCpuTime" -> 11L;
                    case "getCurrentThreadAllocatedBytes" -> 13L;
                    case "setThreadCpuTimeEnabled", "setThreadAllocatedMemoryEnabled" -> {
                        calls.add(method.getName() + " " + args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                }));
    }

    private static void assertBetween(LongSupplier source, LongSupplier instrument) {
        long before = source.getAsLong();
        long reading = instrument.getAsLong();
        long after = source.getAsLong();
        assertTrue(before <= reading && reading <= after, before + " <= " + reading + " <= " + after);
    }
}
