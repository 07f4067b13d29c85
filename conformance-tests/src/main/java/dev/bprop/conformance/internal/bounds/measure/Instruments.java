package dev.bprop.conformance.internal.bounds.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * What the runtime bounds read (clause BOUND-MEASURE): the wall clock and the calling thread's CPU time, in
 * nanoseconds, and the bytes the calling thread has allocated, if the JVM counts them. {@link #jvm()} gives the
 * JVM's; the kit's own tests give a simulated machine's, so that what they measure does not depend on real time or
 * on the machine's load.
 *
 * <p>The calling thread's CPU time is the clock a loaded machine cannot fool: time the thread spends descheduled
 * while other processes run, or waiting while the collector's threads work, is not counted, so load adds no bias
 * between a small network and a large one, or between a gradient (which allocates more) and a forward pass. The wall
 * clock keeps the budget and the warm-up, and times libraries that compute on other threads or devices. The
 * allocation counter ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}) is exact and does not
 * depend on the load either.
 *
 * @param wall wall-clock time
 * @param threadCpu the calling thread's CPU time
 * @param threadAllocatedBytes the heap bytes the calling thread has allocated so far
 */
public record Instruments(LongSupplier wall, LongSupplier threadCpu, Optional<LongSupplier> threadAllocatedBytes) {
    /** The JVM's clocks and counter; CPU time falls back to wall time where the JVM does not measure it. */
    public static Instruments jvm() {
        return of(ManagementFactory.getThreadMXBean());
    }

    /** The instruments of a JVM whose thread bean is {@code threads}, which says what it can measure. */
    static Instruments of(ThreadMXBean threads) {
        return new Instruments(System::nanoTime, threadCpu(threads), threadAllocatedBytes(threads));
    }

    private static LongSupplier threadCpu(ThreadMXBean threads) {
        if (threads.isCurrentThreadCpuTimeSupported()) {
            threads.setThreadCpuTimeEnabled(true);
            return threads::getCurrentThreadCpuTime;
        }
        return System::nanoTime;
    }

    private static Optional<LongSupplier> threadAllocatedBytes(ThreadMXBean threads) {
        if (threads instanceof com.sun.management.ThreadMXBean bean && bean.isThreadAllocatedMemorySupported()) {
            bean.setThreadAllocatedMemoryEnabled(true);
            return Optional.of(bean::getCurrentThreadAllocatedBytes);
        }
        return Optional.empty();
    }
}
