package dev.bprop.conformance.wrong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.launch.Outcome;
import dev.bprop.conformance.naming.Level;
import dev.bprop.conformance.naming.TestName;
import dev.bprop.conformance.spi.GraphImplementation;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.conformance.spi.Precision;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The catalogue of deliberately wrong implementations: each has one classic bug, and the suites must fail it on
 * the expected clause with the expected diagnosis in the message. The correct textbook implementations they are
 * made from pass everything, so each failure is its bug's.
 */
class WrongImplementationCatalogueTest {
    static Stream<Arguments> mlpBugs() {
        return Stream.of(
                mlp(MissingTransposeInBp2::new, "BP2", "errors only in hidden layers"),
                mlp(DerivativeOfTheActivation::new, "ACT-SIGMOID", "g' is taken at z"),
                mlp(BatchSumInsteadOfMean::new, "BP-BATCH", "the batch sum instead of the mean (BP-BATCH"),
                mlp(MeanTakenTwice::new, "BP-BATCH", "1/m applied twice"),
                mlp(ForgottenHalf::new, "LOSS-MSE", "the ½ of LOSS-MSE is missing"),
                mlp(WrongSign::new, "BP1", "sign flipped"),
                mlp(PreviousLayerActivation::new, "BP2", "the forward pass is wrong (FWD-Z, FWD-A)"),
                mlp(SoftmaxJacobianDiagonal::new, "BP1-JACOBIAN", "reduced to its diagonal"),
                mlp(UnstableSoftmax::new, "LOSS-STABLE", "an unstable softmax or loss"),
                mlp(BiasNotSummedOverTheBatch::new, "BP3", "summed over the batch (BP3)"),
                mlp(OffByOneLayerInBp4::new, "BP4", "off by one layer"),
                mlp(TransposedWeightGradient::new, "BP4", "matches the transpose"),
                mlp(Float32Leak::new, "BP2", "float32 arithmetic leaks into a float64 implementation"),
                mlp(MutatesTheProblem::new, "KIT-PURE", "(KIT-PURE)"),
                mlp(GradientBuffersNotReset::new, "KIT-DETERMINISTIC", "not reset between calls"),
                mlp(DividedByOutputs::new, "LOSS-MSE", "divided by the number of outputs"));
    }

    static Stream<Arguments> graphBugs() {
        return Stream.of(
                graph(OverwrittenAtSharedNode::new, "GBP-BUILDGRAD", "accumulated, not overwritten"),
                graph(RepeatedInputCountedOnce::new, "GBP-BPROP", "every position the node holds"));
    }

    private static Arguments mlp(Supplier<MlpImplementation> bug, String clause, String diagnosis) {
        return Arguments.of(bug.get().getClass().getSimpleName(), bug, clause, diagnosis);
    }

    private static Arguments graph(Supplier<GraphImplementation> bug, String clause, String diagnosis) {
        return Arguments.of(bug.get().getClass().getSimpleName(), bug, clause, diagnosis);
    }

    @ParameterizedTest(name = "{0} fails {2}")
    @MethodSource("mlpBugs")
    void theMlpSuiteFailsTheBugOnItsClauseWithItsDiagnosis(String bug, Supplier<MlpImplementation> adapter,
            String clause, String diagnosis) {
        assertFailsOnClause(SuiteRun.requiredMlpTests(adapter), clause, diagnosis);
    }

    @ParameterizedTest(name = "{0} fails {2}")
    @MethodSource("graphBugs")
    void theGraphSuiteFailsTheBugOnItsClauseWithItsDiagnosis(String bug, Supplier<GraphImplementation> adapter,
            String clause, String diagnosis) {
        assertFailsOnClause(SuiteRun.requiredGraphTests(adapter), clause, diagnosis);
    }

    /**
     * Runs the suite's required tests of {@code clause}, in the suite's order, until one fails with
     * {@code diagnosis} in its message; the tests of the other clauses are not run (the whole suites run in the
     * tests below, through the launcher).
     */
    private static void assertFailsOnClause(Stream<DynamicTest> tests, String clause, String diagnosis) {
        List<String> failures = new ArrayList<>();
        boolean diagnosed = tests.filter(test -> TestName.parse(test.getDisplayName()).orElseThrow().clause()
                .equals(clause)).map(WrongImplementationCatalogueTest::failure).flatMap(Optional::stream)
                .peek(failures::add).anyMatch(message -> message.contains(diagnosis));
        assertFalse(failures.isEmpty(), () -> "no required " + clause + " test failed");
        assertTrue(diagnosed, () -> "no " + clause + " failure says \"" + diagnosis + "\"; the first says:\n"
                + failures.get(0));
    }

    /** The failure message of {@code test}, or empty when it passes or is skipped. */
    private static Optional<String> failure(DynamicTest test) {
        try {
            test.getExecutable().execute();
            return Optional.empty();
        } catch (TestAbortedException skipped) {
            return Optional.empty();
        } catch (AssertionFailedError failed) {
            return Optional.of(failed.getMessage());
        } catch (Throwable unexpected) {
            throw new AssertionError(test.getDisplayName() + " crashed instead of failing", unexpected);
        }
    }

    /** relu'(0) = 1 is a convention, not a bug: only the optional ACT-KINK clause fails, and names it. */
    @Test
    void reluSlopeOneAtZeroFailsOnlyTheOptionalKinkClause() {
        List<Outcome> outcomes = SuiteRun.mlp(ReluSlopeOneAtZero::new);
        assertEquals(List.of(), SuiteRun.failures(outcomes, Level.REQUIRED));
        assertTrue(SuiteRun.failures(outcomes, Level.OPTIONAL).stream().anyMatch(o -> o.name().clause()
                .equals("ACT-KINK") && o.message().contains("the library takes relu'(0.0) = 1.0, the right-hand "
                + "derivative")), () -> SuiteRun.failures(outcomes, Level.OPTIONAL).toString());
    }

    /**
     * The float32 tolerance of CMP-TOLERANCE is wide enough for float32 arithmetic: the implementation whose
     * pre-activations are rounded to float, a bug in a float64 library, passes every required clause once it declares
     * {@link Precision#FLOAT32}.
     */
    @Test
    void float32ArithmeticPassesOnceDeclared() {
        MlpImplementation leak = new Float32Leak();
        List<Outcome> outcomes = SuiteRun.mlp(() -> new MlpImplementation() {
            @Override
            public Result gradient(Problem problem) {
                return leak.gradient(problem);
            }

            @Override
            public Precision precision() {
                return Precision.FLOAT32;
            }
        });
        assertEquals(List.of(), SuiteRun.failures(outcomes, Level.REQUIRED));
        assertTrue(outcomes.size() > 90, "tests run: " + outcomes.size());
    }

    @Test
    void theTextbookImplementationsTheBugsAreMadeFromPassEverything() {
        List<Outcome> outcomes = SuiteRun.mlp(Textbook::new);
        outcomes.addAll(SuiteRun.graph(TextbookGraph::new));
        assertEquals(List.of(), outcomes.stream().filter(SuiteRun::failed).toList());
        assertTrue(outcomes.size() > 100, "tests run: " + outcomes.size());
    }
}
