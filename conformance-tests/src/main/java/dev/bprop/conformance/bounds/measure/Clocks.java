package dev.bprop.conformance.bounds.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.LongSupplier;

/**
 * The clocks a {@link TimeMeter} reads, in nanoseconds. The calling thread's CPU time is the one a loaded machine
 * cannot fool: time the thread spends descheduled while other processes run, or waiting while the collector's
 * threads work, is not counted, so load adds no bias between a small network and a large one, or between a gradient
 * (which allocates more) and a forward pass. Wall time is for libraries that compute on other threads or devices.
 */
public final class Clocks {
    private Clocks() {
    }

    /** The CPU time of the calling thread, if this JVM measures it; else wall time. */
    public static LongSupplier callingThreadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads.isCurrentThreadCpuTimeSupported()) {
            threads.setThreadCpuTimeEnabled(true);
            return threads::getCurrentThreadCpuTime;
        }
        return wall();
    }

    /** Wall-clock time. */
    public static LongSupplier wall() {
        return System::nanoTime;
    }
}
