package dev.bprop.conformance.bounds.measure;

import java.time.Duration;

/** The wall-clock time a clause may spend measuring, from the moment it starts. */
public final class Budget {
    private final long deadline;

    private Budget(long deadline) {
        this.deadline = deadline;
    }

    /** A budget of {@code duration} starting now. */
    public static Budget of(Duration duration) {
        return new Budget(System.nanoTime() + duration.toNanos());
    }

    public boolean exhausted() {
        return System.nanoTime() - deadline >= 0;
    }
}
