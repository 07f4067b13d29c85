package dev.bprop.conformance.bounds.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.bounds.fit.LogLogFit;
import dev.bprop.conformance.bounds.fit.Medians;
import dev.bprop.conformance.bounds.fit.Statistic;
import dev.bprop.conformance.bounds.network.ScalingNetworks;
import dev.bprop.conformance.bounds.network.Shape;
import dev.bprop.conformance.bounds.verdict.Verdict;
import dev.bprop.spec.mlp.Problem;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

/** The sequential loop on a simulated meter: y = x^exponent times noise from a seed, no clock involved. */
class SequentialMeasurementTest {
    private static final double[] X = {1, 2, 4, 8, 16};
    private static final Problem PROBLEM = ScalingNetworks.problem(new Shape(2, 1, 1), 1);
    private static final Statistic SLOPE = samples -> LogLogFit.of(X, Medians.ofRows(samples)).slope();
    private static final Sampling SAMPLING = new Sampling(5, 0.99, 500, 3);

    @Test
    void aLinearCostPassesAtTheFirstLook() {
        Measurement measurement = measure(1.0, 0.05, Duration.ofSeconds(30));
        assertEquals(Verdict.PASS, measurement.verdict());
        assertEquals(5, measurement.rounds());
        assertEquals(1.0, measurement.estimate(), 0.05);
        assertTrue(measurement.interval().orElseThrow().upper() <= 1.25);
    }

    @Test
    void aQuadraticCostFailsAtTheFirstLook() {
        Measurement measurement = measure(2.0, 0.05, Duration.ofSeconds(30));
        assertEquals(Verdict.FAIL, measurement.verdict());
        assertEquals(5, measurement.rounds());
        assertTrue(measurement.interval().orElseThrow().lower() > 1.25);
    }

    @Test
    void aCostAtTheLimitStaysInconclusiveAndMeasuresAgainUntilTheBudgetEnds() {
        SimulatedMeter meter = new SimulatedMeter(1.25, 0.3, 1);
        Measurement measurement = new SequentialMeasurement(SAMPLING).atMost(1.25, SLOPE, meter, workloads(),
                Budget.of(Duration.ofMillis(300), meter::nanoTime));
        assertEquals(Verdict.INCONCLUSIVE, measurement.verdict());
        assertTrue(measurement.rounds() > 5, "rounds " + measurement.rounds());
        assertEquals(measurement.rounds(), measurement.samples()[0].length);
    }

    @Test
    void noBudgetMeansNoRoundsAndNoInterval() {
        Measurement measurement = measure(1.0, 0.05, Duration.ZERO);
        assertEquals(Verdict.INCONCLUSIVE, measurement.verdict());
        assertEquals(0, measurement.rounds());
        assertTrue(measurement.interval().isEmpty());
        assertTrue(Double.isNaN(measurement.estimate()));
    }

    @Test
    void fewerRoundsThanTheMinimumNeverDecide() {
        // Each sample costs 10 simulated ms: 5 workloads make a round of 50 ms, and 180 ms end in the fourth round.
        SimulatedMeter meter = new SimulatedMeter(2.0, 0.01, 10);
        Measurement measurement = new SequentialMeasurement(SAMPLING).atMost(1.25, SLOPE, meter, workloads(),
                Budget.of(Duration.ofMillis(180), meter::nanoTime));
        assertTrue(measurement.rounds() < 5 && measurement.rounds() >= 2, "rounds " + measurement.rounds());
        assertEquals(Verdict.INCONCLUSIVE, measurement.verdict());
        assertTrue(measurement.interval().isPresent());
    }

    @Test
    void roundsVisitTheWorkloadsInAShuffledOrder() {
        SimulatedMeter meter = new SimulatedMeter(1.0, 0.0, 0);
        new SequentialMeasurement(SAMPLING).atMost(1.25, SLOPE, meter, workloads(), Budget.of(Duration.ofSeconds(5)));
        assertEquals(25, meter.visits.length());
        assertTrue(!meter.visits.toString().startsWith("0123401234"), meter.visits.toString());
        assertTrue(meter.warmedUp);
    }

    private static Measurement measure(double exponent, double noise, Duration budget) {
        return new SequentialMeasurement(SAMPLING).atMost(1.25, SLOPE, new SimulatedMeter(exponent, noise, 0),
                workloads(), Budget.of(budget));
    }

    private static List<Workload> workloads() {
        return DoubleStream.of(X).mapToObj(x -> new Workload("x=" + x, x, PROBLEM, p -> p)).toList();
    }

    /** y = x^exponent · (1 ± noise), each measurement taking {@code sleepMillis}. */
    private static final class SimulatedMeter implements Meter {
        private final double exponent;
        private final double noise;
        private final long costMillis;
        private long nanoTime;
        private final SplittableRandom random = new SplittableRandom(5);
        private final StringBuilder visits = new StringBuilder();
        private boolean warmedUp;

        /** @param costMillis how far each sample moves the simulated clock {@link #nanoTime()} */
        SimulatedMeter(double exponent, double noise, long costMillis) {
            this.exponent = exponent;
            this.noise = noise;
            this.costMillis = costMillis;
        }

        long nanoTime() {
            return nanoTime;
        }

        @Override
        public void warmUp(List<Workload> workloads, Budget budget) {
            warmedUp = true;
        }

        @Override
        public double measure(int index) {
            visits.append(index);
            nanoTime += costMillis * 1_000_000;
            return Math.pow(X[index], exponent) * (1 + (noise == 0 ? 0 : random.nextDouble(-noise, noise)));
        }

        @Override
        public String unit() {
            return "units";
        }
    }
}
