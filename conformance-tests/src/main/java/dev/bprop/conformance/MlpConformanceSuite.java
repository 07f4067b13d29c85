package dev.bprop.conformance;

import dev.bprop.conformance.internal.generate.MlpCapabilities;
import dev.bprop.conformance.launch.MlpCase;
import dev.bprop.conformance.internal.generate.MlpCasePlan;
import dev.bprop.conformance.internal.generate.SpecCases;
import dev.bprop.conformance.launch.ConventionDiffers;
import dev.bprop.conformance.launch.TestName;
import dev.bprop.conformance.internal.run.CaseRunner;
import dev.bprop.conformance.internal.run.MlpCaseRunner;
import dev.bprop.conformance.spi.MlpImplementation;
import java.util.List;
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
 * Every case is a test of its own named {@code LEVEL_CLAUSE_CASE} (see {@link dev.bprop.conformance.launch.TestName}):
 * the spec's test vectors ({@code required_specVectors}), generated problems over every supported activation and
 * loss (BP1, BP1-SOFTMAX-CE, BP1-SIGMOID-BCE, BP1-JACOBIAN, BP2, BP3, BP4, BP-BATCH, ACT-*, LOSS-*, LOSS-STABLE;
 * {@code required_generatedProblems}), the adapter's contract (KIT-DETERMINISTIC, FMT-RESULT, KIT-FINITE;
 * {@code required_implementationContract}), all required; and the convention at kinks (ACT-KINK,
 * {@code optional_kinkConvention}), optional: a library with another convention sees these tests aborted (skipped)
 * with its convention in the message ({@link ConventionDiffers}), never failed. A case outside the adapter's
 * capabilities is skipped with the reason (KIT-CAPABILITY). A subclass may drop a group by overriding its method
 * without {@code @TestFactory}.
 *
 * <p>The base seed of the generated cases is {@value #DEFAULT_SEED} unless the system property
 * {@code bprop.conformance.seed} says otherwise; {@code bprop.conformance.seeds=N} draws from N base seeds in one
 * run. Each case's own seed is in its name.
 */
public abstract class MlpConformanceSuite extends ConformanceSuite<MlpImplementation, MlpCase> {
    /** Generated problems, clause by clause, with the edge cases. */
    @TestFactory
    public Stream<DynamicTest> required_generatedProblems() {
        return generated();
    }

    @Override
    List<MlpCase> vectors() {
        return SpecCases.mlpVectors();
    }

    @Override
    List<MlpCase> generatedCases(long seed, MlpImplementation implementation) {
        return MlpCasePlan.cases(seed, MlpCapabilities.of(implementation));
    }

    @Override
    List<MlpCase> contractCases(long seed, MlpImplementation implementation) {
        return MlpCasePlan.contractCases(seed, MlpCapabilities.of(implementation));
    }

    @Override
    List<MlpCase> kinks() {
        return SpecCases.mlpKinks();
    }

    @Override
    CaseRunner<MlpCase, ?, ?, ?> runner(MlpImplementation implementation) {
        return new MlpCaseRunner(implementation, this::implementation, expectations());
    }

    @Override
    TestName name(MlpCase c) {
        return c.name();
    }
}
