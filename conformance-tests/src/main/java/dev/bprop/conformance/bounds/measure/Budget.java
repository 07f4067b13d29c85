package dev.bprop.conformance.bounds.measure;

import java.time.Duration;
import java.util.function.LongSupplier;

/** The wall-clock time a clause may spend measuring, from the moment it starts. */
public final class Budget {
    private final LongSupplier clock;
    private final long deadline;

    private Budget(LongSupplier clock, long deadline) {
        this.clock = clock;
        this.deadline = deadline;
    }

    /** A budget of {@code duration} starting now. */
    public static Budget of(Duration duration) {
        return of(duration, System::nanoTime);
    }

    /**
     * A budget of {@code duration} on {@code clock} (nanoseconds), starting at its current reading: the tests of the
     * measurement run on a simulated clock, so that how many rounds fit does not depend on the machine's load.
     */
    static Budget of(Duration duration, LongSupplier clock) {
        return new Budget(clock, clock.getAsLong() + duration.toNanos());
    }

    public boolean exhausted() {
        return clock.getAsLong() - deadline >= 0;
    }
}
