package dev.bprop.conformance.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.bounds.fit.Interval;
import dev.bprop.conformance.bounds.fit.Verdict;
import dev.bprop.conformance.reference.ReferenceMlpImplementation;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Skips with the reason, and how each verdict shows in JUnit. */
class CapabilitiesTest {
    private static final RuntimeBounds BOUNDS = new RuntimeBounds(
            BoundsSettings.fromEnvironment().withBudget(Duration.ofSeconds(5)), BoundsPlan.standard());

    @Test
    void aPlainAdapterSkipsTheRatioForWantOfAForwardPass() {
        BoundReport report = BOUNDS.check(Bound.RATIO, new ReferenceMlpImplementation());
        assertEquals(Verdict.SKIPPED, report.verdict());
        assertTrue(report.summary().contains("implement RuntimeBoundsImplementation.forwardOnly()"), report.summary());
    }

    @Test
    void anAdapterOffTheHeapSkipsTheAllocationClauses() {
        RuntimeBoundsImplementation offHeap = new RuntimeBoundsImplementation() {
            @Override
            public Result gradient(Problem problem) {
                return Backpropagation.gradient(problem);
            }

            @Override
            public boolean worksOnCallingThread() {
                return false;
            }
        };
        for (Bound bound : List.of(Bound.MEMORY_WEIGHTS, Bound.MEMORY_EXAMPLES)) {
            BoundReport report = BOUNDS.check(bound, offHeap);
            assertEquals(Verdict.SKIPPED, report.verdict());
            assertTrue(report.reason().contains("worksOnCallingThread() is false"), report.reason());
        }
    }

    @Test
    void anAdapterWithoutTanhSkipsEveryClause() {
        MlpImplementation reluOnly = new MlpImplementation() {
            @Override
            public Result gradient(Problem problem) {
                return Backpropagation.gradient(problem);
            }

            @Override
            public Set<Activation> activations() {
                return EnumSet.of(Activation.RELU, Activation.IDENTITY);
            }
        };
        assertTrue(BOUNDS.checkAll(reluOnly).stream().allMatch(r -> r.verdict() == Verdict.SKIPPED
                && r.reason().contains("need tanh, identity and mse")));
    }

    @Test
    void passFailInconclusiveAndSkippedShowAsJUnitOutcomes() {
        RuntimeBoundsSuite.holds(report(Verdict.PASS));
        assertThrows(AssertionFailedError.class, () -> RuntimeBoundsSuite.holds(report(Verdict.FAIL)));
        TestAbortedException inconclusive = assertThrows(TestAbortedException.class,
                () -> RuntimeBoundsSuite.holds(report(Verdict.INCONCLUSIVE)));
        assertTrue(inconclusive.getMessage().contains("INCONCLUSIVE"), inconclusive.getMessage());
        assertThrows(TestAbortedException.class, () -> RuntimeBoundsSuite.holds(
                BoundReport.skipped(Bound.RATIO, 5, 1, "no forward pass")));
    }

    @Test
    void theSummaryNamesTheTestTheEstimateTheIntervalAndTheSeed() {
        assertEquals("required_COST-TIME_weights-exponent: exponent 1.000, CI [0.900, 1.100], limit 1.25, 5 rounds, "
                + "seed 3: FAIL", report(Verdict.FAIL).summary());
        assertEquals("required_COST-TIME_gradient-over-forward: skipped: no forward pass",
                BoundReport.skipped(Bound.RATIO, 5, 1, "no forward pass").summary());
    }

    private static BoundReport report(Verdict verdict) {
        return new BoundReport(Bound.WEIGHTS, verdict, 1, Optional.of(new Interval(0.9, 1.1)), 1.25, List.of(),
                Optional.empty(), 5, 3, "");
    }
}
