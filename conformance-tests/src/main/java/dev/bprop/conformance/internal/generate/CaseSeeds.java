package dev.bprop.conformance.internal.generate;

import java.util.SplittableRandom;

/**
 * The seed of one generated case (GD-SEED): the first {@code nextLong()} of a {@link SplittableRandom} seeded with
 * base seed · 1 000 003 + the case's place in its plan. Each case thus draws from a generator of its own, and the
 * same base seed gives the same cases; the seed, not this rule, is what a failure prints to reproduce the case.
 */
final class CaseSeeds {
    private CaseSeeds() {
    }

    /** The seed of the case at {@code place} (0, 1, …) of a plan with {@code baseSeed}. */
    static long of(long baseSeed, int place) {
        return new SplittableRandom(baseSeed * 1_000_003L + place).nextLong();
    }
}
