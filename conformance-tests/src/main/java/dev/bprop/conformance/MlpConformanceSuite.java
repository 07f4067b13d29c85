package dev.bprop.conformance;

import dev.bprop.conformance.generate.MlpCapabilities;
import dev.bprop.conformance.generate.MlpCase;
import dev.bprop.conformance.generate.MlpCasePlan;
import dev.bprop.conformance.generate.SpecCases;
import dev.bprop.conformance.naming.ConventionDiffers;
import dev.bprop.conformance.run.Expectations;
import dev.bprop.conformance.run.MlpCaseRunner;
import dev.bprop.conformance.spi.MlpImplementation;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The MLP conformance suite. Extend it and return your adapter:
 *
 * <pre>
 * class MyLibConformanceTest extends MlpConformanceSuite {
 *     protected MlpImplementation implementation() { return new MyLibAdapter(); }
 * }
 * </pre>
 *
 * Every case is a test of its own named {@code LEVEL_CLAUSE_CASE} (see {@link dev.bprop.conformance.naming.TestName}):
 * the spec's test vectors, generated problems over every supported activation and loss (BP1, BP1-SOFTMAX-CE,
 * BP1-SIGMOID-BCE, BP1-JACOBIAN, BP2, BP3, BP4, BP-BATCH, ACT-*, LOSS-*, LOSS-STABLE), the adapter's contract
 * (KIT-PURE, KIT-DETERMINISTIC, FMT-RESULT, KIT-FINITE), all required; and the convention at kinks (ACT-KINK),
 * optional: a library with another convention sees these tests aborted (skipped) with its convention in the
 * message ({@link ConventionDiffers}), never failed. A case outside the adapter's capabilities is skipped with the
 * reason (KIT-CAPABILITY). A subclass may drop a group by overriding its method without {@code @TestFactory}.
 *
 * <p>The base seed of the generated cases is {@value #DEFAULT_SEED} unless the system property
 * {@code bprop.conformance.seed} says otherwise; {@code bprop.conformance.seeds=N} draws from N base seeds in one
 * run. Each case's own seed is in its name.
 */
public abstract class MlpConformanceSuite {
    /** The base seed of the generated cases when {@code bprop.conformance.seed} is not set. */
    public static final long DEFAULT_SEED = 20261122L;

    /** The adapter to the library under test. */
    protected abstract MlpImplementation implementation();

    /** Where expected values come from: the reference. Overridden only by the kit's own mutation testing. */
    protected Expectations expectations() {
        return Expectations.reference();
    }

    /** The base seed of the generated cases. */
    protected long seed() {
        return Long.getLong("bprop.conformance.seed", DEFAULT_SEED);
    }

    /**
     * The base seeds the generated cases are drawn from: {@link #seed()} and, with the system property
     * {@code bprop.conformance.seeds=N}, the N − 1 seeds after it, so that one run draws N times as many problems.
     */
    protected List<Long> seeds() {
        return BaseSeeds.from(seed());
    }

    /** Every test vector of the spec without a kink (FMT-VECTOR), named by its first clause. */
    @TestFactory
    public Stream<DynamicTest> required_specVectors() {
        return tests(SpecCases.mlpVectors(), MlpCaseRunner::values);
    }

    /** Generated problems, clause by clause, with the edge cases. */
    @TestFactory
    public Stream<DynamicTest> required_generatedProblems() {
        MlpImplementation implementation = implementation();
        return tests(implementation, seeds().stream().flatMap(seed -> MlpCasePlan.cases(seed,
                MlpCapabilities.of(implementation)).stream()).toList(), MlpCaseRunner::values);
    }

    /** The adapter's contract: KIT-PURE, KIT-DETERMINISTIC, FMT-RESULT, KIT-FINITE. */
    @TestFactory
    public Stream<DynamicTest> required_implementationContract() {
        MlpImplementation implementation = implementation();
        return tests(implementation, seeds().stream().flatMap(seed -> MlpCasePlan.contractCases(seed,
                MlpCapabilities.of(implementation)).stream()).toList(),
                (runner, c) -> {
                    switch (c.name().clause()) {
                        case "KIT-PURE" -> runner.pure(c);
                        case "KIT-DETERMINISTIC" -> runner.deterministic(c);
                        case "FMT-RESULT" -> runner.shapes(c);
                        case "KIT-FINITE" -> runner.finite(c);
                        default -> throw new IllegalStateException("no contract check for clause "
                                + c.name().clause() + " (" + c.name() + ")");
                    }
                });
    }

    /** ACT-KINK: the kink vectors and probes; a different convention aborts the test with the library's own. */
    @TestFactory
    public Stream<DynamicTest> optional_kinkConvention() {
        return tests(SpecCases.mlpKinks(),
                (runner, c) -> ConventionDiffers.reported(() -> runner.kinkConvention(c)));
    }

    private Stream<DynamicTest> tests(List<MlpCase> cases, BiConsumer<MlpCaseRunner, MlpCase> check) {
        return tests(implementation(), cases, check);
    }

    private Stream<DynamicTest> tests(MlpImplementation implementation, List<MlpCase> cases,
            BiConsumer<MlpCaseRunner, MlpCase> check) {
        MlpCaseRunner runner = new MlpCaseRunner(implementation, this::implementation, expectations());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name().toString(), c.name().source(),
                () -> check.accept(runner, c)));
    }
}
