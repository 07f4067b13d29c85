package dev.bprop.conformance.bounds;

import static dev.bprop.conformance.bounds.SimulatedLibrary.depth;
import static dev.bprop.conformance.bounds.SimulatedLibrary.m;
import static dev.bprop.conformance.bounds.SimulatedLibrary.units;
import static dev.bprop.conformance.bounds.SimulatedLibrary.w;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.bounds.BoundReport.Point;
import dev.bprop.conformance.bounds.LogLogFit;
import dev.bprop.conformance.bounds.Verdict;
import dev.bprop.conformance.internal.bounds.measure.SimulatedMachine;
import dev.bprop.spec.mlp.Problem;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * Each clause on a {@link SimulatedLibrary} whose costs are exact power laws of the plan's networks
 * ({@link SimulatedBounds#PLAN}): every round measures the same numbers, so the exponent or ratio is the law's, its
 * interval a point, and the verdict comes at the first look, after five rounds.
 */
class RuntimeBoundsTest {
    private final SimulatedMachine machine = new SimulatedMachine();
    private final RuntimeBounds bounds = new RuntimeBounds(SimulatedBounds.SETTINGS, SimulatedBounds.PLAN,
            machine.instruments());

    @Test
    void BOUND_WEIGHTS_aGradientLinearInTheWeightsPassesWithExponentOne() {
        // 100·w·m ns at m = 1 and w = 2, 6, 20: 200, 600 and 2 000 ns, the line 100·w, e^intercept = 100.
        BoundReport report = bounds.check(Bound.WEIGHTS, library(p -> 100 * w(p) * m(p)));
        assertDecided(report, Verdict.PASS, 1, 1.25);
        assertEquals(List.of(new Point(2, 200), new Point(6, 600), new Point(20, 2_000)), report.points());
        assertEquals(1, report.fit().orElseThrow().slope(), 1e-9);
        assertEquals(Math.log(100), report.fit().orElseThrow().intercept(), 1e-9);
    }

    @Test
    void BOUND_WEIGHTS_aGradientQuadraticInTheWeightsFailsWithExponentTwo() {
        // Finite differences: 10·w² ns, 40, 360 and 4 000 ns.
        BoundReport report = bounds.check(Bound.WEIGHTS, library(p -> 10 * w(p) * w(p) * m(p)));
        assertDecided(report, Verdict.FAIL, 2, 1.25);
        assertEquals(List.of(new Point(2, 40), new Point(6, 360), new Point(20, 4_000)), report.points());
    }

    @Test
    void BOUND_DEPTH_aGradientLinearInTheDepthPasses() {
        // At width 1, w = 2L: 100·w ns is 200·L, at L = 1, 2, 4 200, 400 and 800 ns.
        BoundReport report = bounds.check(Bound.DEPTH, library(p -> 100 * w(p) * m(p)));
        assertDecided(report, Verdict.PASS, 1, 1.25);
        assertEquals(List.of(new Point(1, 200), new Point(2, 400), new Point(4, 800)), report.points());
    }

    @Test
    void BOUND_DEPTH_aBackwardPassThatRecomputesTheForwardPassPerLayerFails() {
        // 100·w·L ns = 200·L²: 200, 800 and 3 200 ns.
        BoundReport report = bounds.check(Bound.DEPTH, library(p -> 100 * w(p) * depth(p) * m(p)));
        assertDecided(report, Verdict.FAIL, 2, 1.25);
        assertEquals(List.of(new Point(1, 200), new Point(2, 800), new Point(4, 3_200)), report.points());
    }

    @Test
    void BOUND_BATCH_aGradientLinearInTheBatchPassesAndAQuadraticOneFails() {
        // w = 2: 100·w·m = 200·m ns, and 100·w·m² = 200·m², at m = 1, 2, 4.
        BoundReport linear = bounds.check(Bound.BATCH, library(p -> 100 * w(p) * m(p)));
        assertDecided(linear, Verdict.PASS, 1, 1.25);
        assertEquals(List.of(new Point(1, 200), new Point(2, 400), new Point(4, 800)), linear.points());
        assertDecided(bounds.check(Bound.BATCH, library(p -> 100 * w(p) * m(p) * m(p))), Verdict.FAIL, 2, 1.25);
    }

    @Test
    void BOUND_RATIO_aGradientThreeTimesTheForwardPassPassesAndSixTimesFails() {
        // The ratio network has w = 6, m = 1: the forward pass 100·w = 600 ns, the gradient 3·600 = 1 800 ns.
        BoundReport cheap = bounds.check(Bound.RATIO, library(p -> 300 * w(p) * m(p))
                .withForwardPass(p -> 100 * w(p) * m(p)));
        assertDecided(cheap, Verdict.PASS, 3, 5);
        assertEquals(List.of(new Point(6, 1_800), new Point(6, 600)), cheap.points(), "the gradient, then the forward");
        assertTrue(cheap.fit().isEmpty());
        BoundReport dear = bounds.check(Bound.RATIO, library(p -> 600 * w(p) * m(p))
                .withForwardPass(p -> 100 * w(p) * m(p)));
        assertDecided(dear, Verdict.FAIL, 6, 5);
    }

    @Test
    void BOUND_MEASURE_aLibraryOnTheCallingThreadIsTimedOnItsCpuTimeAndOneOffItOnTheWallClock() {
        // 100·w ns of CPU time, but 10·w² ns on the wall clock (the library waits, for threads or a device): its
        // CPU time grows like w, its wall time like w².
        BoundReport onThread = bounds.check(Bound.WEIGHTS, library(p -> 100 * w(p) * m(p))
                .waiting(p -> 10 * w(p) * w(p) * m(p)));
        assertDecided(onThread, Verdict.PASS, 1, 1.25);
        BoundReport offThread = bounds.check(Bound.WEIGHTS, library(p -> 100 * w(p) * m(p))
                .offTheCallingThread(p -> 10 * w(p) * w(p) * m(p)));
        assertDecided(offThread, Verdict.FAIL, 2, 1.25);
    }

    @Test
    void BOUND_MEMORY_bytesLinearInTheWeightsPassAndQuadraticFail() {
        // 8·w·m bytes at m = 1: 16, 48 and 160 bytes.
        BoundReport linear = bounds.check(Bound.MEMORY_WEIGHTS, library(p -> 100).allocating(p -> 8 * w(p) * m(p)));
        assertDecided(linear, Verdict.PASS, 1, 1.25);
        assertEquals(List.of(new Point(2, 16), new Point(6, 48), new Point(20, 160)), linear.points());
        BoundReport quadratic = bounds.check(Bound.MEMORY_WEIGHTS, library(p -> 100)
                .allocating(p -> 8 * w(p) * w(p)));
        assertDecided(quadratic, Verdict.FAIL, 2, 1.25);
    }

    @Test
    void BOUND_MEMORY_theBytesOfOneMoreExampleAreTheDifferenceOfTwoBatchesOverTheStep() {
        // O(w + m·h): 8·w + 16·m·units bytes. Batches 1 and 1 + 2 differ by 2·16·units, over the step 2 that is
        // 16·units per example: 32, 64 and 128 bytes at units = 2, 4, 8.
        BoundReport report = bounds.check(Bound.MEMORY_EXAMPLES, library(p -> 100)
                .allocating(p -> 8 * w(p) + 16 * m(p) * units(p)));
        assertDecided(report, Verdict.PASS, 1, 1.25);
        assertEquals(List.of(new Point(2, 32), new Point(4, 64), new Point(8, 128)), report.points());
    }

    @Test
    void BOUND_MEMORY_aBufferOfUnitsSquaredPerExampleFails() {
        // 8·m·units² bytes: batch 3 less batch 1, over 2, is 8·units² per example, 32, 128 and 512 bytes.
        BoundReport report = bounds.check(Bound.MEMORY_EXAMPLES, library(p -> 100)
                .allocating(p -> 8 * m(p) * units(p) * units(p)));
        assertDecided(report, Verdict.FAIL, 2, 1.25);
        assertEquals(List.of(new Point(2, 32), new Point(4, 128), new Point(8, 512)), report.points());
    }

    @Test
    void BOUND_MEMORY_aLibraryThatAllocatesNothingPerExampleFitsAFlatLineOfOneByte() {
        // 8·w bytes whatever the batch: the difference is 0, counted as 1 byte so that the log-log fit has a value.
        BoundReport report = bounds.check(Bound.MEMORY_EXAMPLES, library(p -> 100).allocating(p -> 8 * w(p)));
        assertDecided(report, Verdict.PASS, 0, 1.25);
        assertEquals(List.of(new Point(2, 1), new Point(4, 1), new Point(8, 1)), report.points());
    }

    @Test
    void BOUND_VERDICT_aClauseWithoutBudgetIsInconclusiveAndSaysHowToGiveItMore() {
        RuntimeBounds noBudget = new RuntimeBounds(SimulatedBounds.SETTINGS.withBudget(Duration.ZERO),
                SimulatedBounds.PLAN, machine.instruments());
        SimulatedLibrary library = library(p -> 100 * w(p) * m(p)).withForwardPass(p -> 100)
                .allocating(p -> 8 * w(p));
        for (BoundReport report : noBudget.checkAll(library)) {
            assertEquals(Verdict.INCONCLUSIVE, report.verdict(), report.summary());
            assertEquals(0, report.rounds());
            assertTrue(report.points().isEmpty() && report.fit().isEmpty() && report.interval().isEmpty());
            assertEquals("the budget ran out after 0 rounds; raise bprop.bounds.budget", report.reason());
        }
        assertEquals(0, machine.wallNanos(), "not even a warm-up call");
    }

    @Test
    void BOUND_VERDICT_everyClauseIsCheckedInTheOrderOfTheBoundsWithItsOwnBudget() {
        SimulatedLibrary library = library(p -> 100 * w(p) * m(p)).withForwardPass(p -> 100 * w(p) * m(p))
                .allocating(p -> 8 * w(p) + 16 * m(p) * units(p));
        List<BoundReport> reports = bounds.checkAll(library);
        assertEquals(Arrays.asList(Bound.values()), reports.stream().map(BoundReport::bound).toList());
        for (BoundReport report : reports) {
            assertEquals(Verdict.PASS, report.verdict(), report.summary());
            assertEquals(SimulatedBounds.SEED, report.seed());
            assertEquals(report.bound().isExponent() ? 1.25 : 5, report.limit());
        }
        assertEquals(1, reports.get(Bound.RATIO.ordinal()).estimate(), 1e-12, "the gradient costs the forward pass");
    }

    private SimulatedLibrary library(ToLongFunction<Problem> cpu) {
        return new SimulatedLibrary(machine, cpu);
    }

    /** Decided at the first look on five identical rounds: the law's estimate, a point interval, no reason. */
    static void assertDecided(BoundReport report, Verdict verdict, double estimate, double limit) {
        assertEquals(verdict, report.verdict(), report.summary());
        assertEquals(estimate, report.estimate(), 1e-9, report.summary());
        assertEquals(estimate, report.interval().orElseThrow().lower(), 1e-9, report.summary());
        assertEquals(estimate, report.interval().orElseThrow().upper(), 1e-9, report.summary());
        assertEquals(limit, report.limit());
        assertEquals(5, report.rounds());
        assertEquals(SimulatedBounds.SEED, report.seed());
        assertEquals("", report.reason());
        if (report.bound().isExponent()) {
            LogLogFit fit = report.fit().orElseThrow();
            assertEquals(estimate, fit.slope(), 1e-9);
        }
    }
}
