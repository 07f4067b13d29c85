package dev.bprop.conformance.internal.bounds.measure;

import java.util.Optional;

/**
 * A machine for the bounds' own tests: its clocks and its allocation counter move only when a simulated call says
 * how long it ran and what it allocated, so every measurement is exact and none depends on real time or on the
 * machine's load. The calling thread's CPU time and the wall clock move apart, as they do when a library waits for
 * threads of its own.
 *
 * <p>A measurement that never ends (a loop whose budget or warm-up is never spent) meets a limit instead: the machine
 * refuses to run or to be read more than a million times, which no test of the bounds comes near (they make some
 * thousands of calls), so the test fails at once instead of hanging.
 */
public final class SimulatedMachine {
    private static final long LIMIT = 1_000_000;

    private long cpuNanos;
    private long wallNanos;
    private long allocatedBytes;
    private long readings;
    private long calls;

    /** A call that keeps the calling thread busy {@code cpuNanos}, lasts {@code wallNanos} and allocates. */
    public void run(long cpu, long wall, long bytes) {
        cpuNanos += cpu;
        wallNanos += wall;
        allocatedBytes += bytes;
        if (++calls > LIMIT) {
            throw new IllegalStateException("a million simulated calls: a measurement that does not end");
        }
    }

    /** The machine's clocks and its allocation counter. */
    public Instruments instruments() {
        return new Instruments(() -> read(wallNanos), () -> read(cpuNanos), Optional.of(() -> read(allocatedBytes)));
    }

    /** The machine's clocks on a JVM that cannot count the bytes a thread allocates. */
    public Instruments instrumentsWithoutAllocationCounter() {
        return new Instruments(() -> read(wallNanos), () -> read(cpuNanos), Optional.empty());
    }

    private long read(long value) {
        if (++readings > LIMIT) {
            throw new IllegalStateException("a million readings of the simulated machine: a loop that does not end");
        }
        return value;
    }

    public long wallNanos() {
        return wallNanos;
    }
}
