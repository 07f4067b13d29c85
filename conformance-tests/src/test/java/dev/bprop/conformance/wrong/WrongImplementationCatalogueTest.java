package dev.bprop.conformance.wrong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.internal.diagnose.GraphDiagnosis;
import dev.bprop.conformance.internal.diagnose.MlpDiagnosis;
import dev.bprop.conformance.launch.Level;
import dev.bprop.conformance.launch.TestName;
import dev.bprop.conformance.Expectations;
import dev.bprop.conformance.launch.Outcome;
import dev.bprop.conformance.spi.GraphImplementation;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.conformance.spi.Precision;
import dev.bprop.oracle.compare.GraphComparison;
import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
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
                mlp(MissingTransposeInBp2::new, "BP2", "bp2-missing-transpose"),
                mlp(DerivativeOfTheActivation::new, "ACT-SIGMOID", "sigmoid-derivative-at-activation"),
                mlp(BatchSumInsteadOfMean::new, "BP-BATCH", "batch-sum-instead-of-mean"),
                mlp(MeanTakenTwice::new, "BP-BATCH", "batch-mean-taken-twice"),
                mlp(ForgottenHalf::new, "LOSS-MSE", "mse-missing-half"),
                mlp(WrongSign::new, "BP1", "residual-sign-flipped"),
                mlp(PreviousLayerActivation::new, "BP2", "activation-of-the-layer-below"),
                mlp(SoftmaxJacobianDiagonal::new, "BP1-JACOBIAN", "softmax-jacobian-diagonal"),
                mlp(UnstableSoftmax::new, "LOSS-STABLE", "softmax-without-shift"),
                mlp(BiasNotSummedOverTheBatch::new, "BP3", "bias-last-example-only"),
                mlp(OffByOneLayerInBp4::new, "BP4", "bp4-activation-of-layer-l"),
                mlp(TransposedWeightGradient::new, "BP4", "bp4-transposed-shape"),
                mlp(Float32Leak::new, "BP2", "pre-activations-in-float32"),
                mlp(DividedByOutputs::new, "LOSS-MSE", "mse-divided-by-outputs"),
                mlp(TanhDerivativeSquaredWrongly::new, "ACT-TANH", "tanh-derivative-one-minus-a-all-squared"),
                mlp(TanhDerivativeOfZ::new, "ACT-TANH", "tanh-derivative-one-minus-z-squared"),
                mlp(TanhDerivativeOfTheActivation::new, "ACT-TANH", "tanh-derivative-at-activation"),
                mlp(SigmoidDerivativeOneMinusA::new, "ACT-SIGMOID", "sigmoid-derivative-one-minus-a"),
                mlp(HardtanhDerivativeOne::new, "ACT-HARDTANH", "hardtanh-derivative-one"),
                mlp(LeakyReluSlopeOneHundredth::new, "ACT-LEAKY-RELU", "leaky-relu-slope-0.01"),
                mlp(LeakyReluSlopeInFloat::new, "ACT-LEAKY-RELU", "leaky-relu-slope-float"),
                mlp(ReluDerivativeOne::new, "ACT-RELU", "relu-derivative-one"),
                mlp(BackwardOnFirstExampleOnly::new, "BP-BATCH", "batch-first-example-only"),
                mlp(LastExampleDropped::new, "BP-BATCH", "batch-last-example-dropped"),
                mlp(AssignedInsteadOfAccumulated::new, "BP-BATCH", "batch-last-example-only"),
                mlp(IntegerOneOverM::new, "BP-BATCH", "batch-integer-one-over-m"),
                mlp(MicroBatchMeansSummed::new, "BP-BATCH", "batch-micro-batch-means-summed"),
                mlp(TiledWeightGradientDropsTail::new, "BP4", "bp4-tile-tail-dropped"),
                mlp(StaleDerivativeWhenSaturated::new, "BP2", "stale-derivative-when-saturated"),
                mlp(WeightDecayAdded::new, "BP4", "weight-decay-added"),
                mlp(MissingBiasGradient::new, "BP3", "bias-gradient-missing"),
                mlp(BiasFromFirstExample::new, "BP3", "bias-first-example-only"),
                mlp(GradientWithoutTheHalf::new, "LOSS-MSE", "mse-gradient-missing-half"),
                mlp(HalfTwice::new, "LOSS-MSE", "mse-half-twice"),
                mlp(BceDerivativeAppliedTwice::new, "BP1-SIGMOID-BCE", "output-derivative-applied-twice"),
                mlp(SoftmaxJacobianDropped::new, "BP1-JACOBIAN", "softmax-jacobian-dropped"),
                mlp(Bp2WithoutDerivative::new, "BP2", "bp2-without-derivative"),
                mlp(WeightGradientFromPreActivation::new, "BP2", "bp4-pre-activation"),
                mlp(DerivativeOfTheLayerAbove::new, "BP2", "derivative-of-the-layer-above"),
                mlp(MissingTransposeInFlatStorage::new, "BP2", "bp2-missing-transpose"),
                mlp(BceFromTheSigmoid::new, "LOSS-STABLE", "bce-from-the-sigmoid"));
    }

    /** The bugs of the adapter's contract, named by the contract's own findings rather than by a model. */
    static Stream<Arguments> contractBugs() {
        return Stream.of(
                Arguments.of("GradientBuffersNotReset", (Supplier<MlpImplementation>) GradientBuffersNotReset::new,
                        "KIT-DETERMINISTIC", "buffers that are not reset between calls"),
                Arguments.of("SharedScratchAcrossThreads",
                        (Supplier<MlpImplementation>) SharedScratchAcrossThreads::new, "KIT-DETERMINISTIC",
                        "a later call on the same problem answered differently"));
    }

    static Stream<Arguments> graphBugs() {
        return Stream.of(
                graph(OverwrittenAtSharedNode::new, "GBP-BUILDGRAD", "fan-out-overwritten"),
                graph(RepeatedInputCountedOnce::new, "GBP-BPROP", "repeated-input-counted-once"),
                graph(PowExponentLogOfExponent::new, "GBP-OP-POW", "pow-exponent-ln-of-exponent"),
                graph(PowBaseWithoutExponentFactor::new, "GBP-OP-POW", "pow-base-missing-exponent-factor"),
                graph(DivQuotientRuleSign::new, "GBP-OP-DIV", "div-denominator-sign"),
                graph(LogPartialSquared::new, "GBP-OP-LOG", "log-partial-squared"),
                graph(CosPartialSignFlipped::new, "GBP-OP-COS", "cos-partial-sign"),
                graph(SinPartialIsSin::new, "GBP-OP-SIN", "sin-partial-is-sin"),
                graph(SigmoidPartialOfTheInput::new, "GBP-OP-SIGMOID", "sigmoid-partial-of-input"),
                graph(TanhPartialOfTheInput::new, "GBP-OP-TANH", "tanh-partial-of-input"),
                graph(SubSecondPartialPlusOne::new, "GBP-OP-SUB", "sub-second-partial-plus"),
                graph(MulPartialsSwapped::new, "GBP-OP-MUL", "mul-partials-swapped"),
                graph(NegPartialPlusOne::new, "GBP-OP-NEG", "neg-partial-plus"),
                graph(ExpPartialOne::new, "GBP-OP-EXP", "exp-partial-one"),
                graph(DeadBranchContributes::new, "GBP-SUBGRAPH", "dead-branch-contributes"),
                graph(OutputInputNotSeeded::new, "GBP-GRADTABLE", "output-input-not-seeded"));
    }

    private static Arguments mlp(Supplier<MlpImplementation> bug, String clause, String diagnosis) {
        return Arguments.of(bug.get().getClass().getSimpleName(), bug, clause, diagnosis);
    }

    private static Arguments graph(Supplier<GraphImplementation> bug, String clause, String diagnosis) {
        return Arguments.of(bug.get().getClass().getSimpleName(), bug, clause, diagnosis);
    }

    /**
     * KIT-DIAGNOSIS: the bug fails its clause named by its own model, and no failure names another cause. KIT-SHRINK:
     * the problem its first failure prints, posed to a fresh instance, fails and is reproduced by the same model.
     */
    @ParameterizedTest(name = "{0} fails {2}, named by {3}")
    @MethodSource("mlpBugs")
    void KIT_DIAGNOSIS_KIT_SHRINK_eachMlpBugIsNamedByItsModelAndItsPrintedProblemFailsTheSameWay(String bug,
            Supplier<MlpImplementation> adapter, String clause, String model) {
        List<String> failures = assertNamedByItsModel(SuiteRun.requiredMlpTests(adapter), clause, model);
        Problem printed = BpropJson.parseProblem(printedFile(failures, "smallest problem that fails the same way"));
        Result found = adapter.get().gradient(printed);
        MlpComparison comparison = MlpComparison.of(printed, Expectations.reference().of(printed).orElseThrow(),
                found, Sides.referenceAgainst(Precision.FLOAT64.arithmetic()));
        assertFalse(comparison.passed(), () -> "the printed problem passes on a fresh instance:\n" + printed);
        assertTrue(MlpDiagnosis.reproduced(printed, found, comparison).stream().anyMatch(r -> r.name()
                .equals(model)), () -> "the printed problem fails otherwise than by " + model + ":\n"
                + MlpDiagnosis.of(printed, Expectations.reference().of(printed).orElseThrow(), found, comparison)
                + "\n" + BpropJson.write(printed));
    }

    /** The graph counterpart of {@link #KIT_DIAGNOSIS_KIT_SHRINK_eachMlpBugIsNamedByItsModelAndItsPrintedProblemFailsTheSameWay}. */
    @ParameterizedTest(name = "{0} fails {2}, named by {3}")
    @MethodSource("graphBugs")
    void KIT_DIAGNOSIS_KIT_SHRINK_eachGraphBugIsNamedByItsModelAndItsPrintedGraphFailsTheSameWay(String bug,
            Supplier<GraphImplementation> adapter, String clause, String model) {
        List<String> failures = assertNamedByItsModel(SuiteRun.requiredGraphTests(adapter), clause, model);
        Graph printed = BpropJson.parseGraph(printedFile(failures, "the smallest graph that fails the same way"));
        GraphResult found = adapter.get().gradient(printed);
        GraphComparison comparison = GraphComparison.of(printed, Expectations.reference().of(printed)
                .orElseThrow(), found, Sides.referenceAgainst(Precision.FLOAT64.arithmetic()));
        assertFalse(comparison.passed(), () -> "the printed graph passes on a fresh instance:\n" + printed);
        assertTrue(GraphDiagnosis.reproduced(printed, found, comparison).stream().anyMatch(r -> r.name()
                .equals(model)), () -> "the printed graph fails otherwise than by " + model + ":\n" + printed);
    }

    /** The file printed under {@code heading} by the one failure that shrank its case. */
    private static String printedFile(List<String> failures, String heading) {
        String message = failures.stream().filter(m -> m.contains(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no failure printed \"" + heading + "\":\n" + failures));
        int start = message.indexOf('\n', message.indexOf(heading)) + 1;
        return message.substring(start);
    }

    @ParameterizedTest(name = "{0} fails {2}")
    @MethodSource("contractBugs")
    void KIT_DIAGNOSIS_eachContractBugFailsItsClauseWithItsFinding(String bug, Supplier<MlpImplementation> adapter,
            String clause, String finding) {
        List<String> failures = failures(SuiteRun.requiredMlpTests(adapter), clause);
        assertFalse(failures.isEmpty(), () -> "no required " + clause + " test failed");
        assertTrue(failures.stream().anyMatch(message -> message.contains(finding)),
                () -> "no " + clause + " failure says \"" + finding + "\"; the first says:\n" + failures.get(0));
    }

    /**
     * Runs every required test of {@code clause} and checks that the bug fails one of them with its own model
     * reproduced, and that no failure states a cause without it: a failure that names a model names the bug's own
     * (other models may be named beside it where they give the same numbers on that problem).
     */
    private static List<String> assertNamedByItsModel(Stream<DynamicTest> tests, String clause, String model) {
        List<String> failures = failures(tests, clause);
        String own = "reproduced by model `" + model + "`";
        assertFalse(failures.isEmpty(), () -> "no required " + clause + " test failed");
        assertTrue(failures.stream().anyMatch(message -> message.contains(own)),
                () -> "no " + clause + " failure names " + model + "; the first says:\n" + failures.get(0));
        failures.stream().filter(message -> message.contains("reproduced by model `")).forEach(message ->
                assertTrue(message.contains(own), () -> "a failure names another cause than " + model + ":\n"
                        + message));
        return failures;
    }

    /** The failure messages of the required tests of {@code clause}. */
    private static List<String> failures(Stream<DynamicTest> tests, String clause) {
        return tests.filter(test -> TestName.parse(test.getDisplayName()).orElseThrow().clause().equals(clause))
                .map(WrongImplementationCatalogueTest::failure).flatMap(Optional::stream).toList();
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

    /**
     * An implementation that is right but sums in the opposite order passes every required clause: the tolerance
     * is not a trap for a different rounding.
     */
    @Test
    void CMP_TOLERANCE_otherSummationOrderPassesEveryRequiredClause() {
        List<Outcome> outcomes = SuiteRun.mlp(ReversedSummationOrder::new);
        assertEquals(List.of(), SuiteRun.failures(outcomes, Level.REQUIRED));
        assertTrue(outcomes.size() > 100, "tests run: " + outcomes.size());
    }

    /**
     * KIT-DIAGNOSIS: a bug no model describes gets no cause, only the facts and the statement that no known bug
     * reproduces it, in every failure.
     */
    @Test
    void KIT_DIAGNOSIS_aBugNoModelReproducesIsGivenNoCause() {
        List<String> failures = failures(SuiteRun.requiredMlpTests(UnknownScaleOfTheFirstLayer::new), "BP4");
        assertFalse(failures.isEmpty(), "no required BP4 test failed");
        failures.forEach(message -> {
            assertFalse(message.contains("reproduced by model"), message);
            assertTrue(message.contains("no known bug of the kit's catalogue"), message);
            assertTrue(message.contains("the gradients differ in ∂J/∂W^l of layers [1] and no bias gradient"),
                    message);
        });
    }

    /**
     * KIT-DIAGNOSIS, KIT-SHRINK: a cache that returns an earlier problem's answer is given no cause, and its problem
     * is printed as posed with the fact that a fresh instance does not fail on it, never as a "smallest failing
     * problem" that passes.
     */
    @Test
    void KIT_SHRINK_aFailureThatNeedsTheInstancesHistoryIsPrintedAsPosedAndSaysSo() {
        List<Outcome> failed = SuiteRun.failures(SuiteRun.mlp(ReturnsThePreviousAnswer::new), Level.REQUIRED);
        assertFalse(failed.isEmpty(), "the cache failed no required test");
        failed.forEach(outcome -> {
            assertFalse(outcome.message().contains("reproduced by model"), outcome.message());
            assertFalse(outcome.message().contains("smallest problem that fails the same way"), outcome.message());
        });
        assertTrue(failed.stream().anyMatch(o -> o.message().contains("a fresh instance of the adapter does not "
                + "fail on it the same way")), () -> failed.get(0).message());
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
