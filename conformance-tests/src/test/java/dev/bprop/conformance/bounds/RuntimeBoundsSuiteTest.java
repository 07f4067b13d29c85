package dev.bprop.conformance.bounds;

import static dev.bprop.conformance.bounds.SimulatedLibrary.m;
import static dev.bprop.conformance.bounds.SimulatedLibrary.units;
import static dev.bprop.conformance.bounds.SimulatedLibrary.w;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.bounds.Interval;
import dev.bprop.conformance.bounds.Verdict;
import dev.bprop.conformance.internal.bounds.measure.Instruments;
import dev.bprop.conformance.internal.bounds.measure.SimulatedMachine;
import dev.bprop.conformance.spi.MlpImplementation;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The suite an adopter extends, on a {@link SimulatedMachine}: one required test per {@link Bound}, named after its
 * clause, that publishes the report's summary and passes, fails or aborts as the verdict says (clause
 * BOUND-VERDICT: inconclusive and skipped abort, never fail).
 */
class RuntimeBoundsSuiteTest {
    private final SimulatedMachine machine = new SimulatedMachine();
    private final Map<String, String> published = new LinkedHashMap<>();
    private final TestReporter reporter = published::putAll;

    @Test
    void BOUND_VERDICT_aLibraryWithinEveryBoundPassesSixTestsNamedAfterTheirClauses() throws Throwable {
        Suite suite = new Suite(new SimulatedLibrary(machine, p -> 300 * w(p) * m(p))
                .withForwardPass(p -> 100 * w(p) * m(p)).allocating(p -> 8 * w(p) + 16 * m(p) * units(p)));
        List<String> names = new ArrayList<>();
        for (Function<Suite, Stream<DynamicTest>> factory : factories()) {
            DynamicTest test = factory.apply(suite).findFirst().orElseThrow();
            names.add(test.getDisplayName());
            assertEquals(URI.create("bprop:" + test.getDisplayName()), test.getTestSourceUri().orElseThrow(),
                    "the source by which surefire reports the test under its name");
            test.getExecutable().execute();
        }
        assertEquals(List.of("required_BOUND-WEIGHTS_time-exponent", "required_BOUND-DEPTH_time-exponent",
                "required_BOUND-BATCH_time-exponent", "required_BOUND-RATIO_gradient-over-forward",
                "required_BOUND-MEMORY_weights-exponent", "required_BOUND-MEMORY_per-example-exponent"), names);
        assertEquals(List.of("BOUND-WEIGHTS", "BOUND-DEPTH", "BOUND-BATCH", "BOUND-RATIO", "BOUND-MEMORY"),
                List.copyOf(published.keySet()), "the last BOUND-MEMORY entry replaces the first");
        assertEquals("required_BOUND-RATIO_gradient-over-forward: ratio 3.000, CI [3.000, 3.000], limit 5.00, "
                + "5 rounds, seed 7: PASS", published.get("BOUND-RATIO"));
    }

    @Test
    void BOUND_VERDICT_aFailedBoundFailsItsTestAndASkippedOneAbortsIt() {
        // 10·w² ns: the weights exponent is 2; no forward pass: the ratio is skipped.
        Suite suite = new Suite(new SimulatedLibrary(machine, p -> 10 * w(p) * w(p) * m(p)));
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> suite.required_weights(reporter).findFirst().orElseThrow().getExecutable().execute());
        assertTrue(failed.getMessage().startsWith("required_BOUND-WEIGHTS_time-exponent: exponent 2.000"),
                failed.getMessage());
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> suite.required_ratio(reporter).findFirst().orElseThrow().getExecutable().execute());
        assertTrue(skipped.getMessage().contains("skipped: the adapter has no forward pass alone"),
                skipped.getMessage());
    }

    @Test
    void BOUND_VERDICT_passFailInconclusiveAndSkippedShowAsJUnitOutcomes() {
        RuntimeBoundsSuite.holds(report(Verdict.PASS));
        assertThrows(AssertionFailedError.class, () -> RuntimeBoundsSuite.holds(report(Verdict.FAIL)));
        TestAbortedException inconclusive = assertThrows(TestAbortedException.class,
                () -> RuntimeBoundsSuite.holds(report(Verdict.INCONCLUSIVE)));
        assertTrue(inconclusive.getMessage().endsWith(": INCONCLUSIVE"), inconclusive.getMessage());
        TestAbortedException skipped = assertThrows(TestAbortedException.class, () -> RuntimeBoundsSuite.holds(
                BoundReport.skipped(Bound.RATIO, 5, 1, "no forward pass")));
        assertTrue(skipped.getMessage().endsWith("skipped: no forward pass"), skipped.getMessage());
    }

    @Test
    void BOUND_MEASURE_bySettingsPlanAndInstrumentsTheSuiteMeasuresAsAnAdoptersBuildDoes() {
        RuntimeBoundsSuite adopters = new RuntimeBoundsSuite() {
            @Override
            protected MlpImplementation implementation() {
                return new ReferenceBoundsImplementation();
            }
        };
        assertEquals(BoundsSettings.fromEnvironment(), adopters.settings());
        assertEquals(BoundsPlan.standard(), adopters.plan());
        assertTrue(adopters.instruments().threadAllocatedBytes().isPresent(), "the JVM's allocation counter");
    }

    private static List<Function<Suite, Stream<DynamicTest>>> factories() {
        return List.of(suite -> suite.required_weights(suite.reporter), suite -> suite.required_depth(suite.reporter),
                suite -> suite.required_batch(suite.reporter), suite -> suite.required_ratio(suite.reporter),
                suite -> suite.required_memoryWeights(suite.reporter),
                suite -> suite.required_memoryExamples(suite.reporter));
    }

    private static BoundReport report(Verdict verdict) {
        return new BoundReport(Bound.WEIGHTS, verdict, 1, Optional.of(new Interval(0.9, 1.1)), 1.25, List.of(),
                Optional.empty(), 5, 3, "");
    }

    /** The suite as an adopter extends it, measuring the simulated library on the simulated machine. */
    private final class Suite extends RuntimeBoundsSuite {
        private final MlpImplementation library;
        private final TestReporter reporter = RuntimeBoundsSuiteTest.this.reporter;

        Suite(MlpImplementation library) {
            this.library = library;
        }

        @Override
        protected MlpImplementation implementation() {
            return library;
        }

        @Override
        protected BoundsSettings settings() {
            return SimulatedBounds.SETTINGS;
        }

        @Override
        protected BoundsPlan plan() {
            return SimulatedBounds.PLAN;
        }

        @Override
        Instruments instruments() {
            return machine.instruments();
        }
    }
}
