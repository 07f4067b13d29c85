package dev.bprop.conformance.internal.bounds.measure;

import java.time.Duration;
import java.util.function.LongSupplier;

/** The wall-clock time a clause may spend measuring (or warming up), from the moment it starts. */
public final class Budget {
    private final LongSupplier clock;
    private final long deadline;

    private Budget(LongSupplier clock, long deadline) {
        this.clock = clock;
        this.deadline = deadline;
    }

    /**
     * A budget of {@code duration} on {@code clock} (nanoseconds, {@link Instruments#wall()}), starting at its
     * current reading.
     */
    public static Budget of(Duration duration, LongSupplier clock) {
        return new Budget(clock, clock.getAsLong() + duration.toNanos());
    }

    /** Whether the clock has reached the deadline. */
    public boolean exhausted() {
        return clock.getAsLong() - deadline >= 0;
    }
}
