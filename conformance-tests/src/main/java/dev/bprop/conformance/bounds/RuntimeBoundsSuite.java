package dev.bprop.conformance.bounds;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.bprop.conformance.bounds.Verdict;
import dev.bprop.conformance.internal.bounds.measure.Instruments;
import dev.bprop.conformance.spi.MlpImplementation;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;

/**
 * The runtime-bounds profile: a gradient must cost what backpropagation promises (COST-TIME, COST-MEMORY), as the
 * clauses BOUND-* of SPEC.md check it, one required test each (two for BOUND-MEMORY).
 * Extend it like the gradient suites and return your adapter:
 *
 * <pre>
 * class MyLibBoundsTest extends RuntimeBoundsSuite {
 *     protected MlpImplementation implementation() { return new MyLibAdapter(); }
 * }
 * </pre>
 *
 * An adapter that also implements {@link RuntimeBoundsImplementation} can give its forward pass alone (else the
 * ratio clause is skipped) and declare that the library works off the calling thread or the Java heap (then time is
 * taken on the wall clock instead of the calling thread's CPU time, and the allocation clauses are skipped).
 *
 * <p>Each {@link Bound} is one required test. PASS when the confidence interval of its exponent or ratio lies within
 * the limit, FAIL when it lies beyond it; an interval that still straddles the limit when the budget runs out is
 * INCONCLUSIVE, reported as an aborted test with the reason, never as a failure: a noisy machine can slow the
 * verdict down but not make it wrong. Limits, budget and seed: see {@link BoundsSettings}.
 */
public abstract class RuntimeBoundsSuite {
    /** The adapter to the library under test. */
    protected abstract MlpImplementation implementation();

    /** The limits and the measuring effort; by default from system properties and environment variables. */
    protected BoundsSettings settings() {
        return BoundsSettings.fromEnvironment();
    }

    /** The networks each clause measures. */
    protected BoundsPlan plan() {
        return BoundsPlan.standard();
    }

    /** BOUND-WEIGHTS. */
    @TestFactory
    public Stream<DynamicTest> required_weights(TestReporter reporter) {
        return test(Bound.WEIGHTS, reporter);
    }

    /** BOUND-DEPTH. */
    @TestFactory
    public Stream<DynamicTest> required_depth(TestReporter reporter) {
        return test(Bound.DEPTH, reporter);
    }

    /** BOUND-BATCH. */
    @TestFactory
    public Stream<DynamicTest> required_batch(TestReporter reporter) {
        return test(Bound.BATCH, reporter);
    }

    /** BOUND-RATIO. */
    @TestFactory
    public Stream<DynamicTest> required_ratio(TestReporter reporter) {
        return test(Bound.RATIO, reporter);
    }

    /** BOUND-MEMORY, the O(w) term. */
    @TestFactory
    public Stream<DynamicTest> required_memoryWeights(TestReporter reporter) {
        return test(Bound.MEMORY_WEIGHTS, reporter);
    }

    /** BOUND-MEMORY, the O(m·h) term. */
    @TestFactory
    public Stream<DynamicTest> required_memoryExamples(TestReporter reporter) {
        return test(Bound.MEMORY_EXAMPLES, reporter);
    }

    /** What the bounds read: the JVM's clocks and allocation counter (a simulated machine in the kit's own tests). */
    Instruments instruments() {
        return Instruments.jvm();
    }

    /** The clause's one test, with its name as its source too, so that surefire reports it under that name. */
    private Stream<DynamicTest> test(Bound bound, TestReporter reporter) {
        return Stream.of(dynamicTest(bound.testName().toString(), bound.testName().source(), () -> {
            BoundReport report = new RuntimeBounds(settings(), plan(), instruments()).check(bound, implementation());
            reporter.publishEntry(bound.ruleId(), report.summary());
            holds(report);
        }));
    }

    /** Passes, fails, or aborts (inconclusive, skipped) as the report says, with its summary as the message. */
    static void holds(BoundReport report) {
        Verdict verdict = report.verdict();
        Assumptions.assumeTrue(verdict.decided() && verdict != Verdict.SKIPPED, report::summary);
        Assertions.assertEquals(Verdict.PASS, verdict, report::summary);
    }
}
