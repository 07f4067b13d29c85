package dev.bprop.conformance.internal.bounds.measure;

import dev.bprop.conformance.bounds.Sampling;
import dev.bprop.conformance.internal.bounds.fit.Bootstrap;
import dev.bprop.conformance.bounds.Interval;
import dev.bprop.conformance.internal.bounds.fit.Statistic;
import dev.bprop.conformance.bounds.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Measures in rounds until the confidence interval of a statistic decides against a limit, or the budget runs out.
 *
 * <p>Every round measures every workload once, in an order shuffled from the seed, so that load that comes and goes
 * on a shared machine falls on all sizes alike instead of on whichever ran last. The first verdict is taken after
 * {@link Sampling#minRounds()} rounds; an inconclusive one doubles the rounds (few looks, so that looking often does
 * not turn noise into a decision), and the last look comes when the budget is spent; fewer than the minimum rounds never decide.
 */
public final class SequentialMeasurement {
    private final Sampling sampling;

    public SequentialMeasurement(Sampling sampling) {
        this.sampling = sampling;
    }

    /** Measures {@code workloads} with {@code meter} and judges {@code statistic} against the upper {@code limit}. */
    public Measurement atMost(double limit, Statistic statistic, Meter meter, List<Workload> workloads,
            Budget budget) {
        meter.warmUp(workloads, budget);
        SplittableRandom order = new SplittableRandom(sampling.seed());
        List<double[]> rounds = new ArrayList<>();
        int nextLook = sampling.minRounds();
        while (!budget.exhausted()) {
            round(meter, workloads.size(), order, budget).ifPresent(rounds::add);
            if (rounds.size() == nextLook) {
                Measurement measurement = judge(limit, statistic, rounds);
                if (measurement.verdict().decided()) {
                    return measurement;
                }
                nextLook *= 2;
            }
        }
        return judge(limit, statistic, rounds);
    }

    private static Optional<double[]> round(Meter meter, int size, SplittableRandom order, Budget budget) {
        double[] round = new double[size];
        for (int index : shuffled(size, order)) {
            if (budget.exhausted()) {
                return Optional.empty();
            }
            round[index] = meter.measure(index);
        }
        return Optional.of(round);
    }

    private Measurement judge(double limit, Statistic statistic, List<double[]> rounds) {
        double[][] samples = bySample(rounds);
        if (rounds.size() < 2) {
            double estimate = rounds.isEmpty() ? Double.NaN : statistic.of(samples);
            return new Measurement(samples, estimate, Optional.empty(), Verdict.INCONCLUSIVE, rounds.size());
        }
        Interval interval = new Bootstrap(sampling.resamples(), sampling.confidence())
                .interval(samples, statistic, sampling.seed());
        Verdict verdict = rounds.size() < sampling.minRounds() ? Verdict.INCONCLUSIVE : Verdict.atMost(limit, interval);
        return new Measurement(samples, statistic.of(samples), Optional.of(interval), verdict, rounds.size());
    }

    private static double[][] bySample(List<double[]> rounds) {
        int arms = rounds.isEmpty() ? 0 : rounds.get(0).length;
        double[][] samples = new double[arms][rounds.size()];
        int r = 0;
        for (double[] round : rounds) {
            for (int arm = 0; arm < arms; arm++) {
                samples[arm][r] = round[arm];
            }
            r++;
        }
        return samples;
    }

    private static int[] shuffled(int size, SplittableRandom random) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
