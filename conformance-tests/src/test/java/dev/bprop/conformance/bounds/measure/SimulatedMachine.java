package dev.bprop.conformance.bounds.measure;

import java.util.Optional;

/**
 * A machine for the bounds' own tests: its clocks and its allocation counter move only when a simulated call says
 * how long it ran and what it allocated, so every measurement is exact and none depends on real time or on the
 * machine's load. The calling thread's CPU time and the wall clock move apart, as they do when a library waits for
 * threads of its own.
 */
public final class SimulatedMachine {
    private long cpuNanos;
    private long wallNanos;
    private long allocatedBytes;

    /** A call that keeps the calling thread busy {@code cpuNanos}, lasts {@code wallNanos} and allocates. */
    public void run(long cpu, long wall, long bytes) {
        cpuNanos += cpu;
        wallNanos += wall;
        allocatedBytes += bytes;
    }

    /** The machine's clocks and its allocation counter. */
    public Instruments instruments() {
        return new Instruments(() -> wallNanos, () -> cpuNanos, Optional.of(() -> allocatedBytes));
    }

    /** The machine's clocks on a JVM that cannot count the bytes a thread allocates. */
    public Instruments instrumentsWithoutAllocationCounter() {
        return new Instruments(() -> wallNanos, () -> cpuNanos, Optional.empty());
    }

    public long wallNanos() {
        return wallNanos;
    }
}
