package dev.bprop.conformance.bounds;

/**
 * How the rounds are drawn and judged: at least {@code minRounds} rounds before the first verdict, a
 * {@code confidence} interval from {@code resamples} bootstrap resamples, and the seed of the round order and of
 * the bootstrap (printed with every verdict, so a run can be repeated).
 */
public record Sampling(int minRounds, double confidence, int resamples, long seed) {
    public Sampling {
        if (minRounds < 2) {
            throw new IllegalArgumentException("at least two rounds are needed for an interval, found " + minRounds);
        }
    }
}
