package dev.bprop.conformance.bounds;

import dev.bprop.conformance.bounds.Sampling;
import java.time.Duration;
import java.util.List;

/**
 * Settings and a plan for measuring a {@link SimulatedLibrary}: networks of one to four units, samples of 10 µs
 * after a warm-up of 100 µs, five rounds before the first look, and a budget far beyond what five rounds take, so
 * that a library whose cost is an exact power law is decided at the first look, on a point interval.
 */
final class SimulatedBounds {
    static final long SEED = 7;
    static final BoundsSettings SETTINGS = new BoundsSettings(1.25, 5, Duration.ofMillis(100),
            Duration.ofNanos(100_000), Duration.ofNanos(10_000), new Sampling(5, 0.99, 200, SEED));

    /**
     * w = L·n(n + 1) and units = (L + 1)·n (clause NOT-W): widths 1, 2, 4 at depth 1 have w = 2, 6, 20 and units
     * 2, 4, 8; depths 1, 2, 4 at width 1 have w = 2, 4, 8; the ratio network (2, 1, 1) has w = 6.
     */
    static final BoundsPlan PLAN = new BoundsPlan(
            List.of(new Shape(1, 1, 1), new Shape(2, 1, 1), new Shape(4, 1, 1)),
            List.of(new Shape(1, 1, 1), new Shape(1, 2, 1), new Shape(1, 4, 1)),
            List.of(new Shape(1, 1, 1), new Shape(1, 1, 2), new Shape(1, 1, 4)),
            new Shape(2, 1, 1),
            List.of(new Shape(1, 1, 1), new Shape(2, 1, 1), new Shape(4, 1, 1)),
            List.of(new Shape(1, 1, 1), new Shape(2, 1, 1), new Shape(4, 1, 1)),
            2);

    private SimulatedBounds() {
    }
}
