package dev.bprop.conformance.bounds.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {
    private static final long SEED = 7;

    @Test
    void identicalRoundsGiveAPointInterval() {
        double[][] samples = {{3, 3, 3}, {6, 6, 6}};
        Interval interval = new Bootstrap(200, 0.99).interval(samples, s -> Medians.of(s[1]) / Medians.of(s[0]), SEED);
        assertEquals(new Interval(2, 2), interval);
    }

    @Test
    void theIntervalCoversTheTrueValueAndNarrowsWithMoreRounds() {
        Statistic median = s -> Medians.of(s[0]);
        Interval few = new Bootstrap(1000, 0.95).interval(noisy(10), median, SEED);
        Interval many = new Bootstrap(1000, 0.95).interval(noisy(400), median, SEED);
        assertTrue(few.lower() < 1 && 1 < few.upper(), few.toString());
        assertTrue(many.lower() < 1 && 1 < many.upper(), many.toString());
        assertTrue(many.upper() - many.lower() < few.upper() - few.lower(), few + " " + many);
    }

    @Test
    void aRoundIsResampledWhole() {
        double[][] samples = {{1, 2, 3, 4}, {2, 4, 6, 8}};
        Interval ratio = new Bootstrap(500, 0.99).interval(samples, s -> s[1][0] / s[0][0], SEED);
        assertEquals(new Interval(2, 2), ratio, "arm 1 is twice arm 0 in every round, so in every resample");
    }

    @Test
    void theSameSeedGivesTheSameInterval() {
        Statistic median = s -> Medians.of(s[0]);
        assertEquals(new Bootstrap(300, 0.9).interval(noisy(20), median, SEED),
                new Bootstrap(300, 0.9).interval(noisy(20), median, SEED));
    }

    @Test
    void refusesMeaninglessSettings() {
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(0, 0.9));
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(10, 1));
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(10, 0));
        assertThrows(IllegalArgumentException.class, () -> new Interval(2, 1));
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
