package dev.bprop.conformance.internal.bounds.fit;

import dev.bprop.conformance.bounds.Interval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class BootstrapTest {
    private static final long SEED = 7;

    @Test
    void BOUND_MEASURE_identicalRoundsGiveAPointInterval() {
        double[][] samples = {{3, 3, 3}, {6, 6, 6}};
        Interval interval = new Bootstrap(200, 0.99).interval(samples, s -> Medians.of(s[1]) / Medians.of(s[0]), SEED);
        assertEquals(new Interval(2, 2), interval);
    }

    @Test
    void BOUND_MEASURE_theIntervalCoversTheTrueValueAndNarrowsWithMoreRounds() {
        Statistic median = s -> Medians.of(s[0]);
        Interval few = new Bootstrap(1000, 0.95).interval(noisy(10), median, SEED);
        Interval many = new Bootstrap(1000, 0.95).interval(noisy(400), median, SEED);
        assertTrue(few.lower() < 1 && 1 < few.upper(), few.toString());
        assertTrue(many.lower() < 1 && 1 < many.upper(), many.toString());
        assertTrue(many.upper() - many.lower() < few.upper() - few.lower(), few + " " + many);
    }

    @Test
    void BOUND_MEASURE_aRoundIsResampledWhole() {
        double[][] samples = {{1, 2, 3, 4}, {2, 4, 6, 8}};
        Interval ratio = new Bootstrap(500, 0.99).interval(samples, s -> s[1][0] / s[0][0], SEED);
        assertEquals(new Interval(2, 2), ratio, "arm 1 is twice arm 0 in every round, so in every resample");
    }

    @Test
    void BOUND_MEASURE_theSameSeedGivesTheSameInterval() {
        Statistic median = s -> Medians.of(s[0]);
        assertEquals(new Bootstrap(300, 0.9).interval(noisy(20), median, SEED),
                new Bootstrap(300, 0.9).interval(noisy(20), median, SEED));
    }

    @Test
    void BOUND_MEASURE_theIntervalIsTheCentralQuantilesOfTheSortedEstimates() {
        // A statistic that ignores the resample and counts down: resample b estimates R − 1 − b, so the sorted
        // estimates are 0, 1, …, R − 1, and the interval is theirs at round(tail·(R − 1)) and round((1 − tail)·(R − 1))
        // with tail = (1 − confidence) / 2.
        // R = 101, confidence 0.9: tail 0.05, round(0.05·100) = 5 and round(0.95·100) = 95.
        assertEquals(new Interval(5, 95), new Bootstrap(101, 0.9).interval(ONE_ROUND, countingDown(101), SEED));
        // R = 2 000, confidence 0.99 (the defaults): tail 0.005, round(9.995) = 10 and round(1 989.005) = 1 989.
        assertEquals(new Interval(10, 1_989), new Bootstrap(2_000, 0.99).interval(ONE_ROUND, countingDown(2_000),
                SEED));
        // One resample: its estimate at both ends.
        assertEquals(new Interval(0, 0), new Bootstrap(1, 0.5).interval(ONE_ROUND, countingDown(1), SEED));
    }

    @Test
    void BOUND_MEASURE_roundsAreDrawnWithReplacement() {
        // The maximum of five rounds 1 … 5 is 5 in a resample only if it drew round 5: in a resample of five draws
        // with replacement that fails with probability (4/5)^5 = 0.33, so the 5 % quantile of 1 000 resamples is
        // below 5; a permutation of the rounds would always have 5.
        Interval max = new Bootstrap(1_000, 0.9).interval(new double[][] {{1, 2, 3, 4, 5}},
                s -> DoubleStream.of(s[0]).max().orElseThrow(), SEED);
        assertTrue(max.lower() < 5, max.toString());
        assertEquals(5, max.upper());
    }

    @Test
    void BOUND_MEASURE_meaninglessSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(0, 0.9));
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(10, 1));
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(10, 0));
        assertThrows(IllegalArgumentException.class, () -> new Interval(2, 1));
    }

    private static final double[][] ONE_ROUND = {{1}};

    /** A statistic whose b-th call returns {@code resamples} − 1 − b, whatever the samples. */
    private static Statistic countingDown(int resamples) {
        int[] calls = {0};
        return samples -> resamples - 1 - calls[0]++;
    }

    /** One arm of {@code rounds} values 1 ± 0.2, drawn from a fixed seed. */
    private static double[][] noisy(int rounds) {
        SplittableRandom random = new SplittableRandom(11);
        double[][] samples = new double[1][rounds];
        for (int r = 0; r < rounds; r++) {
            samples[0][r] = 1 + random.nextDouble(-0.2, 0.2);
        }
        return samples;
    }
}
