package dev.bprop.conformance.bounds.slow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.bprop.conformance.bounds.Bound;
import dev.bprop.conformance.bounds.BoundReport;
import dev.bprop.conformance.bounds.BoundsPlan;
import dev.bprop.conformance.bounds.BoundsSettings;
import dev.bprop.conformance.bounds.RuntimeBounds;
import dev.bprop.conformance.bounds.Verdict;
import dev.bprop.conformance.spi.MlpImplementation;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Each slow implementation fails the clause built to catch it, with the standard plan and settings an adopter runs.
 * The allocation case is exact. The timing cases have wide margins (an exponent near 2 against a limit of 1.25),
 * and a loaded machine can at worst make them inconclusive, which aborts the test with the report instead of
 * failing it; a PASS would fail it.
 */
class SlowImplementationsFailTheBoundsTest {
    private static final RuntimeBounds BOUNDS = new RuntimeBounds(BoundsSettings.fromEnvironment(),
            BoundsPlan.standard());

    @Test
    void perExampleWeightGradientsFailTheAllocationPerExample() {
        BoundReport report = BOUNDS.check(Bound.MEMORY_EXAMPLES, new PerExampleWeightGradients());
        assertEquals(Verdict.FAIL, report.verdict(), report.summary());
        assertEquals(Verdict.PASS, BOUNDS.check(Bound.MEMORY_WEIGHTS, new PerExampleWeightGradients()).verdict(),
                "at batch 1 one copy of the weight gradients is what any gradient needs");
    }

    /** Finite differences are slow by design: on a loaded machine the default budget may end before five rounds. */
    @Test
    void finiteDifferencesFailTheWeightsExponent() {
        failsUnlessInconclusive(new RuntimeBounds(BoundsSettings.fromEnvironment().withBudget(Duration.ofSeconds(20)),
                BoundsPlan.standard()), Bound.WEIGHTS, new FiniteDifferences());
    }

    @Test
    void recomputingTheForwardPassFailsTheDepthExponent() {
        failsUnlessInconclusive(BOUNDS, Bound.DEPTH, new RecomputingBackward());
    }

    private static void failsUnlessInconclusive(RuntimeBounds bounds, Bound bound, MlpImplementation slow) {
        BoundReport report = bounds.check(bound, slow);
        assertNotEquals(Verdict.PASS, report.verdict(), report.summary());
        Assumptions.assumeTrue(report.verdict() != Verdict.INCONCLUSIVE, report::summary);
        assertEquals(Verdict.FAIL, report.verdict(), report.summary());
    }
}
