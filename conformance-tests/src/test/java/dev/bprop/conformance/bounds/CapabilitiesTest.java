package dev.bprop.conformance.bounds;

import static dev.bprop.conformance.bounds.SimulatedLibrary.m;
import static dev.bprop.conformance.bounds.SimulatedLibrary.w;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.conformance.bounds.Verdict;
import dev.bprop.conformance.internal.bounds.measure.SimulatedMachine;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A clause an adapter or the JVM cannot support is skipped, with the reason (clause BOUND-RATIO, BOUND-MEMORY). */
class CapabilitiesTest {
    private static final String NETWORKS = "the bounds networks need tanh, identity and mse, which the adapter does not "
            + "declare";

    private final SimulatedMachine machine = new SimulatedMachine();
    private final RuntimeBounds bounds = new RuntimeBounds(SimulatedBounds.SETTINGS, SimulatedBounds.PLAN,
            machine.instruments());
    private final SimulatedLibrary linear = new SimulatedLibrary(machine, p -> 100 * w(p) * m(p));

    @Test
    void BOUND_RATIO_aPlainAdapterIsSkippedForWantOfAForwardPassButMeasuredOnTheCallingThread() {
        // The plain adapter waits 10·w² ns on the wall clock but works 100·w ns on the calling thread, where it is
        // timed: exponent 1. It allocates nothing: 1 byte at every size, exponent 0.
        linear.waiting(p -> 10 * w(p) * w(p) * m(p));
        MlpImplementation plain = problem -> linear.gradient(problem);
        assertSkipped(bounds.check(Bound.RATIO, plain), 5, "the adapter has no forward pass alone to compare the "
                + "gradient with: implement RuntimeBoundsImplementation.forwardOnly()");
        assertSkipped(bounds.check(Bound.RATIO, linear), 5, "the adapter has no forward pass alone to compare the "
                + "gradient with: implement RuntimeBoundsImplementation.forwardOnly()");
        RuntimeBoundsTest.assertDecided(bounds.check(Bound.WEIGHTS, plain), Verdict.PASS, 1, 1.25);
        RuntimeBoundsTest.assertDecided(bounds.check(Bound.MEMORY_WEIGHTS, plain), Verdict.PASS, 0, 1.25);
    }

    @Test
    void BOUND_MEMORY_anAdapterOffTheCallingThreadIsSkipped() {
        linear.offTheCallingThread(p -> 100 * w(p) * m(p)).withForwardPass(p -> 100 * w(p) * m(p));
        for (Bound bound : List.of(Bound.MEMORY_WEIGHTS, Bound.MEMORY_EXAMPLES)) {
            assertSkipped(bounds.check(bound, linear), 1.25, "the adapter declares that the library works outside the "
                    + "calling thread's Java heap (RuntimeBoundsImplementation.worksOnCallingThread() is false)");
        }
        assertEquals(Verdict.PASS, bounds.check(Bound.RATIO, linear).verdict(), "time is still measured");
    }

    @Test
    void BOUND_MEMORY_aJvmThatCannotCountAllocationsSkipsTheMemoryClausesOnly() {
        RuntimeBounds uncounted = new RuntimeBounds(SimulatedBounds.SETTINGS, SimulatedBounds.PLAN,
                machine.instrumentsWithoutAllocationCounter());
        for (Bound bound : List.of(Bound.MEMORY_WEIGHTS, Bound.MEMORY_EXAMPLES)) {
            assertSkipped(uncounted.check(bound, linear), 1.25, "this JVM cannot count the bytes a thread allocates");
        }
        assertEquals(Verdict.PASS, uncounted.check(Bound.WEIGHTS, linear).verdict());
    }

    @Test
    void BOUND_MEASURE_anAdapterWithoutTanhIdentityOrMseSkipsEveryClause() {
        for (SimulatedLibrary lacking : List.of(
                new SimulatedLibrary(machine, p -> 1).supporting(EnumSet.of(Activation.RELU, Activation.IDENTITY),
                        EnumSet.allOf(Loss.class)),
                new SimulatedLibrary(machine, p -> 1).supporting(EnumSet.of(Activation.TANH), EnumSet.allOf(Loss.class)),
                new SimulatedLibrary(machine, p -> 1).supporting(EnumSet.allOf(Activation.class),
                        EnumSet.of(Loss.CROSS_ENTROPY)))) {
            for (BoundReport report : bounds.checkAll(lacking.withForwardPass(p -> 1))) {
                assertSkipped(report, report.bound() == Bound.RATIO ? 5 : 1.25, NETWORKS);
            }
        }
        assertEquals(0, machine.wallNanos(), "nothing was called");
    }

    private static void assertSkipped(BoundReport report, double limit, String reason) {
        assertEquals(Verdict.SKIPPED, report.verdict(), report.summary());
        assertEquals(reason, report.reason());
        assertEquals(limit, report.limit());
        assertEquals(SimulatedBounds.SEED, report.seed());
    }
}
