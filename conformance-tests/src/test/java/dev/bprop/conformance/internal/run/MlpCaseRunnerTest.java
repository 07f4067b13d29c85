package dev.bprop.conformance.internal.run;

import dev.bprop.conformance.Expectations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.launch.MlpCase;
import dev.bprop.conformance.launch.TestName;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.conformance.spi.Precision;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** What {@link MlpCaseRunner} adds to the shared steps, on one-unit problems worked by hand. */
class MlpCaseRunnerTest {
    /** z = 2·3 + 1 = 7, a = 7 (identity), J = ½(7 − 4)² = 4.5, δ = 7 − 4 = 3, ∂J/∂w = δ·x = 9, ∂J/∂b = 3. */
    private static final Problem LINE = new Problem("line", List.of(new Layer(Activation.IDENTITY,
            new double[][] {{2}}, new double[] {1})), Loss.MSE, new double[][] {{3}}, new double[][] {{4}});
    private static final Result LINE_ANSWER = new Result(4.5, new double[][] {{7}},
            List.of(new LayerGradient(new double[][] {{9}}, new double[] {3})));

    /** z = 0 on relu's kink, a = 0, J = ½(0 − 1)² = 0.5; ACT-KINK: relu'(0) = 0, so δ = 0 and both gradients 0. */
    private static final Problem KINK = new Problem("kink", List.of(new Layer(Activation.RELU, new double[][] {{0}},
            new double[] {0})), Loss.MSE, new double[][] {{1}}, new double[][] {{1}});
    /** relu'(0) taken as 1: δ = (0 − 1)·1 = −1, ∂J/∂w = δ·x = −1, ∂J/∂b = −1. */
    private static final Result KINK_SLOPE_ONE = new Result(0.5, new double[][] {{0}},
            List.of(new LayerGradient(new double[][] {{-1}}, new double[] {-1})));

    private static MlpCase line(String clause) {
        return new MlpCase(TestName.required(clause, "line"), LINE, "by hand", OptionalLong.of(5));
    }

    private static MlpImplementation answering(Result answer) {
        return problem -> answer;
    }

    private static MlpImplementation declaring(Precision precision, Result answer) {
        return new MlpImplementation() {
            @Override
            public Result gradient(Problem problem) {
                return answer;
            }

            @Override
            public Precision precision() {
                return precision;
            }
        };
    }

    /** Every number of the line problem's answer times 1 + 10⁻⁹: far outside float64's tolerance, inside float32's. */
    private static final Result LINE_OFF_BY_A_BILLIONTH = new Result(4.5 * (1 + 1e-9),
            new double[][] {{7 * (1 + 1e-9)}},
            List.of(new LayerGradient(new double[][] {{9 * (1 + 1e-9)}}, new double[] {3 * (1 + 1e-9)})));

    @Test
    void KIT_PRECISION_theDeclaredPrecisionSetsTheTolerance() {
        new MlpCaseRunner(answering(LINE_ANSWER), Expectations.reference()).values(line("BP1"));
        new MlpCaseRunner(declaring(Precision.FLOAT32, LINE_OFF_BY_A_BILLIONTH), Expectations.reference())
                .values(line("BP1"));
        assertThrows(AssertionFailedError.class, () -> new MlpCaseRunner(declaring(Precision.FLOAT64,
                LINE_OFF_BY_A_BILLIONTH), Expectations.reference()).values(line("BP1")));
    }

    @Test
    void KIT_SHRINK_aWrongAnswerPrintsTheProblemFileWithTheCommandThatAnswersIt() {
        Result doubled = new Result(4.5, new double[][] {{7}},
                List.of(new LayerGradient(new double[][] {{18}}, new double[] {6})));
        String message = assertThrows(AssertionFailedError.class, () -> new MlpCaseRunner(answering(doubled),
                Expectations.reference()).values(line("BP1"))).getMessage();
        assertTrue(message.startsWith("required_BP1_line failed (clause BP1): numbers differ from the reference\n"
                + "  case: by hand\n  2 numbers outside their tolerance\n"), message);
        assertTrue(message.contains("expected 9.0 (reference), found 18.0 (implementation)"), message);
        assertTrue(message.contains("; seed 5\n"), message);
        assertTrue(message.contains("\n  the smallest problem that fails the same way ("), message);
        assertTrue(message.contains("save it as problem.json, `bprop gradient problem.json` prints the expected "
                + "result):\n"), message);
        assertTrue(message.contains("\n  diagnosis:\n    - "), message);
    }

    @Test
    void KIT_SHRINK_aLaterFailureOfTheClausePrintsItsProblemAsPosed() {
        Result doubled = new Result(4.5, new double[][] {{7}},
                List.of(new LayerGradient(new double[][] {{18}}, new double[] {6})));
        MlpCaseRunner runner = new MlpCaseRunner(answering(doubled), Expectations.reference());
        assertThrows(AssertionFailedError.class, () -> runner.values(line("BP1")));
        String message = assertThrows(AssertionFailedError.class, () -> runner.values(line("BP1"))).getMessage();
        assertTrue(message.endsWith("\n  the problem (the first failing case of BP1 shows the smallest failing "
                + "one):\n" + BpropJson.write(LINE).strip()), message);
    }

    @Test
    void ACT_KINK_anAnswerOfTheWrongShapeAtAKinkIsDiagnosedByItsShapesNotAsAConvention() {
        Result twoRows = new Result(0.5, new double[][] {{0}, {0}},
                List.of(new LayerGradient(new double[][] {{-1}}, new double[] {-1})));
        MlpCase kink = new MlpCase(TestName.optional("ACT-KINK", "relu"), KINK, "by hand");
        String message = assertThrows(AssertionFailedError.class, () -> new MlpCaseRunner(answering(twoRows),
                Expectations.reference()).kinkConvention(kink)).getMessage();
        assertFalse(message.contains("the library takes"), message);
        assertTrue(message.contains("\n  diagnosis:\n    - "), message);
    }

    @Test
    void ACT_KINK_atAKinkOnlyTheLibrarysConventionIsReported() {
        MlpCase kink = new MlpCase(TestName.optional("ACT-KINK", "relu"), KINK, "by hand");
        String message = assertThrows(AssertionFailedError.class, () -> new MlpCaseRunner(answering(KINK_SLOPE_ONE),
                Expectations.reference()).kinkConvention(kink)).getMessage();
        // slope = ∂J/∂b / (a − y) = −1 / −1 = 1: relu's right-hand derivative, where ACT-KINK takes the left (0).
        assertTrue(message.contains("\n  diagnosis:\n    - the library takes relu'(0.0) = 1.0, the right-hand "
                + "derivative; ACT-KINK takes 0.0, the left-hand one (the right-hand derivative for z > 0, the "
                + "left-hand one otherwise)\n"), message);
        assertTrue(message.startsWith("optional_ACT-KINK_relu differs (clause ACT-KINK): the library's derivative at "
                + "a kink differs from ACT-KINK's convention\n"), message);
        String asNumbers = assertThrows(AssertionFailedError.class, () -> new MlpCaseRunner(answering(
                KINK_SLOPE_ONE), Expectations.reference()).values(kink)).getMessage();
        assertFalse(asNumbers.contains("the library takes"), asNumbers);
    }

    /** One relu unit, mse, relu'(0) taken as 1: z = wx + b, a = max(0, z), δ = (a − y)·[z ≥ 0], ∂J/∂w = δx. */
    private static Result reluSlopeOneAtZero(Problem problem) {
        double x = problem.input(0, 0);
        double y = problem.target(0, 0);
        double z = problem.layer(1).weight(0, 0) * x + problem.layer(1).bias(0);
        double a = Math.max(0, z);
        double delta = (a - y) * (z >= 0 ? 1 : 0);
        return new Result(0.5 * (a - y) * (a - y), new double[][] {{a}},
                List.of(new LayerGradient(new double[][] {{delta * x}}, new double[] {delta})));
    }

    @Test
    void KIT_SHRINK_candidatesKeepTheMarginOffTheKinksUnlessTheCaseProbesThem() {
        // w = b = 0: z = 0 on the kink for every x; rounding x = 1.37 keeps it there. A kink probe may shrink so;
        // a numeric case may not come nearer than the margin, so it cannot shrink at all.
        Problem onKink = new Problem(null, List.of(new Layer(Activation.RELU, new double[][] {{0}},
                new double[] {0})), Loss.MSE, new double[][] {{1.37}}, new double[][] {{0.61}});
        MlpCaseRunner runner = new MlpCaseRunner(MlpCaseRunnerTest::reluSlopeOneAtZero, Expectations.reference());
        String probe = assertThrows(AssertionFailedError.class, () -> runner.kinkConvention(new MlpCase(
                TestName.optional("ACT-KINK", "probe"), onKink, "by hand"))).getMessage();
        assertTrue(probe.contains(" shrinking steps,") && !probe.contains("; 0 shrinking steps,"), probe);
        String numeric = assertThrows(AssertionFailedError.class, () -> runner.values(new MlpCase(
                TestName.required("BP2", "numbers"), onKink, "by hand"))).getMessage();
        assertTrue(numeric.contains("; 0 shrinking steps,"), numeric);
    }

    @Test
    void KIT_CAPABILITY_aProblemOutsideTheDeclarationsIsSkipped() {
        MlpImplementation identityOnly = new MlpImplementation() {
            @Override
            public Result gradient(Problem problem) {
                throw new AssertionError("asked a problem outside its declarations");
            }

            @Override
            public Set<Activation> activations() {
                return Set.of(Activation.IDENTITY);
            }
        };
        MlpCase kink = new MlpCase(TestName.required("BP2", "relu"), KINK, "by hand");
        assertTrue(assertThrows(TestAbortedException.class, () -> new MlpCaseRunner(identityOnly,
                Expectations.reference()).values(kink)).getMessage().startsWith("required_BP2_relu skipped: "));
    }

    @Test
    void FMT_RESULT_aNullResultIsNamed() {
        assertTrue(assertThrows(AssertionFailedError.class, () -> new MlpCaseRunner(answering(null),
                Expectations.reference()).shapes(line("FMT-RESULT"))).getMessage().startsWith(
                "required_FMT-RESULT_line failed (clause FMT-RESULT): the result breaks FMT-RESULT: the "
                + "implementation returned null instead of a result\n"));
    }

    @Test
    void KIT_DETERMINISTIC_aSecondAnswerThatIsTheFirstTwiceIsDiagnosedAsBuffersNotReset() {
        Result twice = new Result(4.5, new double[][] {{7}},
                List.of(new LayerGradient(new double[][] {{18}}, new double[] {6})));
        AtomicInteger calls = new AtomicInteger();
        String message = assertThrows(AssertionFailedError.class, () -> new MlpCaseRunner(problem ->
                calls.getAndIncrement() == 0 ? LINE_ANSWER : twice, Expectations.reference())
                .deterministic(line("KIT-DETERMINISTIC"))).getMessage();
        assertTrue(message.contains("a later call on the same problem answered differently"), message);
        assertTrue(message.contains("buffers that are not reset between calls"), message);
    }

    /** n_0 × n_1 + n_1 × n_2 weights (biases not counted), in float64 zeros. */
    private static Problem twoLayers(int n0, int n1, int n2) {
        return new Problem(null, List.of(new Layer(Activation.IDENTITY, new double[n1][n0], new double[n1]),
                new Layer(Activation.IDENTITY, new double[n2][n1], new double[n2])), Loss.MSE,
                new double[1][n0], new double[1][n2]);
    }

    @Test
    void KIT_DETERMINISTIC_concurrentCallsFromATenthOfAMillionWeights() {
        MlpCaseRunner runner = new MlpCaseRunner(answering(LINE_ANSWER), Expectations.reference());
        // 316·316 + 316·1 = 99 856 + 316 = 100 172 weights; 315·316 + 316·1 = 99 540 + 316 = 99 856.
        assertTrue(runner.askedConcurrently(twoLayers(316, 316, 1)));
        assertFalse(runner.askedConcurrently(twoLayers(315, 316, 1)));
        // 1·100 000 exactly, and one fewer.
        assertTrue(runner.askedConcurrently(new Problem(null, List.of(new Layer(Activation.IDENTITY,
                new double[1][100_000], new double[1])), Loss.MSE, new double[1][100_000], new double[1][1])));
        assertFalse(runner.askedConcurrently(new Problem(null, List.of(new Layer(Activation.IDENTITY,
                new double[1][99_999], new double[1])), Loss.MSE, new double[1][99_999], new double[1][1])));
        assertEquals(false, runner.askedConcurrently(LINE));
    }
}
