package dev.bprop.conformance.internal.bounds.measure;

import dev.bprop.conformance.bounds.Sampling;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.bounds.ScalingNetworks;
import dev.bprop.conformance.bounds.Shape;
import dev.bprop.conformance.bounds.Interval;
import dev.bprop.conformance.bounds.LogLogFit;
import dev.bprop.conformance.internal.bounds.fit.Medians;
import dev.bprop.conformance.internal.bounds.fit.Statistic;
import dev.bprop.conformance.bounds.Verdict;
import dev.bprop.spec.mlp.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

/**
 * The sequential loop (clauses BOUND-MEASURE, BOUND-VERDICT) on a simulated meter: y = x^exponent times noise from a
 * seed, each measurement moving a simulated clock by a fixed cost, so how many rounds fit never depends on the machine.
 */
class SequentialMeasurementTest {
    private static final double[] X = {1, 2, 4, 8, 16};
    private static final Problem PROBLEM = ScalingNetworks.problem(new Shape(1, 1, 1), 1);
    private static final Statistic SLOPE = samples -> LogLogFit.of(X, Medians.ofRows(samples)).slope();
    private static final Sampling SAMPLING = new Sampling(5, 0.99, 500, 3);

    @Test
    void BOUND_VERDICT_aLinearCostPassesAtTheFirstLook() {
        Measurement measurement = measure(new SimulatedMeter(1.0, 0.05, 1), SLOPE, Duration.ofSeconds(1));
        assertEquals(Verdict.PASS, measurement.verdict());
        assertEquals(5, measurement.rounds());
        assertEquals(1.0, measurement.estimate(), 0.05);
        assertTrue(measurement.interval().orElseThrow().upper() <= 1.25);
    }

    @Test
    void BOUND_VERDICT_aQuadraticCostFailsAtTheFirstLook() {
        Measurement measurement = measure(new SimulatedMeter(2.0, 0.05, 1), SLOPE, Duration.ofSeconds(1));
        assertEquals(Verdict.FAIL, measurement.verdict());
        assertEquals(5, measurement.rounds());
        assertTrue(measurement.interval().orElseThrow().lower() > 1.25);
    }

    @Test
    void BOUND_VERDICT_anExactPowerLawHasItsExponentAndAPointInterval() {
        // y = x² exactly in every round: every resample fits slope 2, so the interval is [2, 2] and 2 > 1.25 fails.
        Measurement measurement = measure(new SimulatedMeter(2.0, 0, 1), SLOPE, Duration.ofSeconds(1));
        assertEquals(Verdict.FAIL, measurement.verdict());
        assertEquals(2, measurement.estimate(), 1e-12);
        assertEquals(2, measurement.interval().orElseThrow().lower(), 1e-12);
        assertEquals(2, measurement.interval().orElseThrow().upper(), 1e-12);
    }

    @Test
    void BOUND_VERDICT_anUndecidedIntervalDoublesTheRoundsUntilTheBudgetEnds() {
        // Arm 0 measures 1 in even rounds and 2 in odd ones; the statistic is its mean, against the limit 1.5. A
        // resample of rounds has a mean anywhere in [1, 2], so the interval straddles 1.5 at every look. Each
        // measurement costs 1 ms and a round of five 5 ms: a budget of 100 ms holds 20 rounds, and the looks come
        // after 5, 10 and 20 rounds (the last also the one when the budget is spent).
        SimulatedMeter meter = new SimulatedMeter(1.0, 0, 1).alternating();
        Set<Integer> looks = new TreeSet<>();
        Statistic mean = samples -> {
            looks.add(samples[0].length);
            return DoubleStream.of(samples[0]).average().orElseThrow();
        };
        Measurement measurement = new SequentialMeasurement(SAMPLING).atMost(1.5, mean, meter, workloads(),
                Budget.of(Duration.ofMillis(100), meter::nanoTime));
        assertEquals(Verdict.INCONCLUSIVE, measurement.verdict());
        assertEquals(Set.of(5, 10, 20), looks);
        assertEquals(20, measurement.rounds());
        assertEquals(1.5, measurement.estimate(), 1e-12, "ten rounds of 1 and ten of 2");
        Interval interval = measurement.interval().orElseThrow();
        assertTrue(interval.lower() < 1.5 && 1.5 < interval.upper(), interval.toString());
    }

    @Test
    void BOUND_VERDICT_fewerRoundsThanTheMinimumNeverDecide() {
        // Each sample costs 10 simulated ms: 5 workloads make a round of 50 ms, and 180 ms end in the fourth round,
        // which is dropped unfinished: 3 rounds, an interval, but no verdict.
        SimulatedMeter meter = new SimulatedMeter(2.0, 0.01, 10);
        Measurement measurement = measure(meter, SLOPE, Duration.ofMillis(180));
        assertEquals(3, measurement.rounds());
        assertEquals(3, measurement.samples()[0].length);
        assertEquals(Verdict.INCONCLUSIVE, measurement.verdict());
        assertTrue(measurement.interval().orElseThrow().lower() > 1.25, "the interval alone would have failed it");
    }

    @Test
    void BOUND_VERDICT_aRoundTheBudgetCutsShortIsDropped() {
        // Rounds of five 1 ms measurements, a budget of 12 ms: two rounds end at 10 ms; the third measures at 10 and
        // 11 ms, finds the budget spent at 12 ms and is dropped.
        SimulatedMeter meter = new SimulatedMeter(1.0, 0, 1);
        Measurement measurement = measure(meter, SLOPE, Duration.ofMillis(12));
        assertEquals(2, measurement.rounds());
        assertEquals(12, meter.visits.size());
        assertEquals(Verdict.INCONCLUSIVE, measurement.verdict());
        assertEquals(new Interval(1, 1), measurement.interval().orElseThrow(), "y = x in both rounds");
    }

    @Test
    void BOUND_VERDICT_oneRoundGivesAnEstimateButNoInterval() {
        // A budget of 5 ms is one round of five 1 ms measurements of y = x: slope 1, and no interval from one round.
        Measurement measurement = measure(new SimulatedMeter(1.0, 0, 1), SLOPE, Duration.ofMillis(5));
        assertEquals(1, measurement.rounds());
        assertEquals(1, measurement.estimate(), 1e-12);
        assertTrue(measurement.interval().isEmpty());
        assertEquals(Verdict.INCONCLUSIVE, measurement.verdict());
    }

    @Test
    void BOUND_VERDICT_noBudgetMeansNoRoundsAndNoInterval() {
        Measurement measurement = measure(new SimulatedMeter(1.0, 0.05, 1), SLOPE, Duration.ZERO);
        assertEquals(Verdict.INCONCLUSIVE, measurement.verdict());
        assertEquals(0, measurement.rounds());
        assertEquals(0, measurement.samples().length);
        assertTrue(measurement.interval().isEmpty());
        assertTrue(Double.isNaN(measurement.estimate()));
    }

    @Test
    void BOUND_MEASURE_samplesAreKeptByWorkloadAndRound() {
        // The meter returns 100 · workload + (how often that workload was measured before): samples[arm][round].
        SimulatedMeter meter = new SimulatedMeter(1.0, 0, 1).counting();
        Measurement measurement = measure(meter, samples -> samples[4][1], Duration.ofMillis(10));
        assertEquals(2, measurement.rounds());
        for (int arm = 0; arm < X.length; arm++) {
            assertArrayEquals(new double[] {100 * arm, 100 * arm + 1}, measurement.samples()[arm]);
        }
        assertEquals(401, measurement.estimate(), "the statistic sees samples[4][1]");
    }

    @Test
    void BOUND_MEASURE_roundsVisitEveryWorkloadOnceInAnOrderShuffledFromTheSeed() {
        SimulatedMeter meter = new SimulatedMeter(1.0, 0.0, 1);
        measure(meter, SLOPE, Duration.ofSeconds(1));
        assertEquals(25, meter.visits.size());
        Set<List<Integer>> orders = new HashSet<>();
        for (int round = 0; round < 5; round++) {
            List<Integer> order = meter.visits.subList(5 * round, 5 * round + 5);
            assertEquals(Set.of(0, 1, 2, 3, 4), Set.copyOf(order), "round " + round + ": " + order);
            orders.add(order);
        }
        assertTrue(orders.size() > 1, "not every round in the same order: " + orders);
        assertNotEquals(List.of(0, 1, 2, 3, 4), meter.visits.subList(0, 5), "the first round is shuffled too");
        assertTrue(meter.warmedUp);
        SimulatedMeter again = new SimulatedMeter(1.0, 0.0, 1);
        measure(again, SLOPE, Duration.ofSeconds(1));
        assertEquals(meter.visits, again.visits, "the same seed, the same order");
    }

    private static Measurement measure(SimulatedMeter meter, Statistic statistic, Duration budget) {
        return new SequentialMeasurement(SAMPLING).atMost(1.25, statistic, meter, workloads(),
                Budget.of(budget, meter::nanoTime));
    }

    private static List<Workload> workloads() {
        return DoubleStream.of(X).mapToObj(x -> new Workload("x=" + x, x, PROBLEM, p -> p)).toList();
    }

    /** y = x^exponent · (1 ± noise), each measurement moving the simulated clock by {@code costMillis}. */
    private static final class SimulatedMeter implements Meter {
        private final double exponent;
        private final double noise;
        private final long costMillis;
        private long nanoTime;
        private long readings;
        private final SplittableRandom random = new SplittableRandom(5);
        private final List<Integer> visits = new ArrayList<>();
        private boolean warmedUp;
        private boolean alternating;
        private boolean counting;

        SimulatedMeter(double exponent, double noise, long costMillis) {
            this.exponent = exponent;
            this.noise = noise;
            this.costMillis = costMillis;
        }

        /** Instead: 1 for every workload in even rounds, 2 in odd ones. */
        SimulatedMeter alternating() {
            alternating = true;
            return this;
        }

        /** Instead: 100 · workload + how often the workload was measured before. */
        SimulatedMeter counting() {
            counting = true;
            return this;
        }

        /** The simulated clock; like {@link SimulatedMachine}, it ends a loop that would never end. */
        long nanoTime() {
            if (++readings > 1_000_000) {
                throw new IllegalStateException("a million readings of the simulated clock: a loop that does not end");
            }
            return nanoTime;
        }

        @Override
        public void warmUp(List<Workload> workloads, Budget budget) {
            warmedUp = true;
        }

        @Override
        public double measure(int index) {
            long before = visits.stream().filter(visit -> visit == index).count();
            visits.add(index);
            nanoTime += costMillis * 1_000_000;
            if (alternating) {
                return 1 + before % 2;
            }
            if (counting) {
                return 100 * index + before;
            }
            return Math.pow(X[index], exponent) * (1 + (noise == 0 ? 0 : random.nextDouble(-noise, noise)));
        }

        @Override
        public String unit() {
            return "units";
        }
    }
}
