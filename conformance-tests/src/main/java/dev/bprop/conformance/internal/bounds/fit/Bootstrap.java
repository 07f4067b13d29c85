package dev.bprop.conformance.internal.bounds.fit;

import dev.bprop.conformance.bounds.Interval;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The percentile bootstrap over rounds. A resample draws rounds with replacement and keeps every arm of a drawn
 * round together: the arms of one round ran interleaved, moments apart, so a burst of load that slowed one of them
 * slowed its neighbours too, and resampling whole rounds keeps that pairing (as a paired test would).
 */
public final class Bootstrap {
    private final int resamples;
    private final double confidence;

    /**
     * @param resamples how many resamples to draw
     * @param confidence the coverage of the interval, e.g. 0.99
     */
    public Bootstrap(int resamples, double confidence) {
        if (resamples < 1 || !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("resamples " + resamples + ", confidence " + confidence);
        }
        this.resamples = resamples;
        this.confidence = confidence;
    }

    /** The central {@code confidence} interval of {@code statistic} over resampled rounds, drawn from {@code seed}. */
    public Interval interval(double[][] samples, Statistic statistic, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int rounds = samples[0].length;
        double[] estimates = new double[resamples];
        double[][] resample = new double[samples.length][rounds];
        for (int b = 0; b < resamples; b++) {
            for (int r = 0; r < rounds; r++) {
                int drawn = random.nextInt(rounds);
                for (int arm = 0; arm < samples.length; arm++) {
                    resample[arm][r] = samples[arm][drawn];
                }
            }
            estimates[b] = statistic.of(resample);
        }
        Arrays.sort(estimates);
        double tail = (1 - confidence) / 2;
        return new Interval(estimates[index(tail)], estimates[index(1 - tail)]);
    }

    /** The index of {@code quantile} (in [0, 1]) among the sorted estimates, 0 to resamples − 1. */
    private int index(double quantile) {
        return (int) Math.round(quantile * (resamples - 1));
    }
}
