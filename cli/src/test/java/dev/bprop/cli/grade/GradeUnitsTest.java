package dev.bprop.cli.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.internal.problem.Kinks;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The grader's parts: significant-digit tolerance, the seeded generator, the answer file's slot-by-slot reading. */
class GradeUnitsTest {
    /*
     * One unit in the n-th significant digit: e = 0.123456, n = 4: ⌊log₁₀ 0.123456⌋ = −1, 10^(−1 + 1 − 4) = 10⁻⁴.
     * e = −25, n = 3: ⌊log₁₀ 25⌋ = 1, 10^(1 + 1 − 3) = 0.1. e = 0 in a slot whose largest entry is 2: s = 2·10⁻⁶,
     * ⌊log₁₀ s⌋ = −6, n = 4: 10^(−6 + 1 − 4) = 10⁻⁹.
     */
    @Test
    void fmtGradeAssignment_digitsAllowOneUnitInTheLastDigit() {
        assertEquals(1e-4, new Tolerance(4).allowed(0.123456, 1), 1e-19);
        assertEquals(0.1, new Tolerance(3).allowed(-25, 25), 1e-16);
        assertEquals(1e-9, new Tolerance(4).allowed(0, 2), 1e-24);
        assertEquals(0, new Tolerance(4).allowed(0, 0));
    }

    @Test
    void gdSeed_studentProblemsDependOnTheIdAloneAndAreRoundedOffTheKinks() {
        ProblemProfile profile = new ProblemProfile(3, 2026, List.of(Activation.RELU, Activation.TANH),
                List.of(Loss.MSE, Loss.CROSS_ENTROPY), new int[] {2, 3}, new int[] {2, 3}, new int[] {1, 2}, 1);
        List<Problem> first = profile.draw("s1234", "p");
        assertEquals(first, profile.draw("s1234", "p"));
        assertNotEquals(first, profile.draw("s1235", "p"));
        for (Problem problem : first) {
            assertFalse(Kinks.anyNear(problem, 0.05), problem.toString());
            assertTrue(problem.depth() >= 2 && problem.depth() <= 3);
            for (Layer layer : problem.layers()) {
                for (double[] row : layer.weights()) {
                    for (double w : row) {
                        assertTrue(new BigDecimal(Double.toString(w)).scale() <= 1, "one decimal: " + w);
                    }
                }
            }
            if (problem.loss() == Loss.CROSS_ENTROPY) {
                assertEquals(Activation.SOFTMAX, problem.layer(problem.depth()).activation());
            }
        }
    }

    /*
     * FMT-GRADE-ANSWER: a block of the wrong shape costs its own slot, a missing block is absent, NaN is read (and
     * later rejected), and a file that is not JSON is unreadable as a whole.
     */
    @Test
    void fmtGradeAnswer_eachBlockCostsOnlyItsOwnSlot() {
        Map<Slot, Tensor> expected = Map.of(
                new Slot(Quantity.LOSS, 0), Tensor.scalar("loss", 0.5),
                new Slot(Quantity.BIAS_GRADIENTS, 1), Tensor.vector("gradients[0].bias", new double[] {1, 2}),
                new Slot(Quantity.DELTA, 1), Tensor.matrix("layers[0].delta", new double[][] {{1, 2}}));
        AnswerFile answer = AnswerFile.parse("{\"loss\": NaN, \"gradients\": [{\"bias\": [1, \"2\"]}]}", "p.json",
                expected);
        assertTrue(Double.isNaN(answer.tensors().get(new Slot(Quantity.LOSS, 0)).values()[0][0]));
        assertEquals("gradients[0].bias[1]: expected a number, found string \"2\"",
                answer.errors().get(new Slot(Quantity.BIAS_GRADIENTS, 1)));
        assertFalse(answer.tensors().containsKey(new Slot(Quantity.DELTA, 1)));
        assertFalse(answer.errors().containsKey(new Slot(Quantity.DELTA, 1)));
        AnswerFile broken = AnswerFile.parse("{\"loss\": ", "p.json", expected);
        assertTrue(broken.problem().orElseThrow().startsWith("p.json: not JSON"), broken.problem().toString());
        assertFalse(broken.skipped());
    }
}
