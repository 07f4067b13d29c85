package dev.bprop.oracle.tangent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.bound.Allowance;
import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.VectorCatalog;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The matrix-level rounding bound against a hand-worked network and against the tape's {@link RoundingBound}, the
 * independent scalar route of the same clause (CMP-TOLERANCE, CMP-VALUE, CMP-FUNCTION): every S_k and V within
 * relative 1e−12 (the same non-negative terms summed in another order), D the tape's or more and at most twice it.
 */
class MatrixRoundingBoundTest {
    private static final long SEED = Long.getLong("QT_SEED", 0);

    /**
     * J = ½(w·x + b − y)² with w = 2, b = −1, x = 3, y = 4 (m = 1): V_z = |w|·|x| + |b| = 7, V_r = 7 + |y| = 11,
     * V_J = ½·V_r² = 60.5. Reverse: Ā_ℓ = 1/m = 1, the square r·r passes ½·(V_r + V_r)·1 = 11 to r and so to z;
     * S_w = Ā_z·V_x = 33, S_b = Ā_z = 11. Depth 8 (mul, add, sub, square, add, ½·, add of the batch, ÷ m). Running
     * error in units of u, E_c = Σ Q·E + V_c: w·x 6 (V 6), + b 13 (V 7), − y 24 (V 11), r·r 2·1·24 + 121 = 169
     * (V 121), the sum 290, ½· 205.5 (V 60.5), the batch sum 266, ÷ 1 326.5: K = 326.5/60.5 = 5.4, ⌈K⌉ = 6. The
     * output a = z = 5 has V = 7 and depth 2 (mul, add), so its D is max(2, 6) = 6.
     */
    @Test
    void cmpTolerance_aOneWeightNetworkByHand() {
        ProblemObjective objective = new ProblemObjective(BpropJson.parseProblem("""
                {"layers": [{"activation": "identity", "weights": [[2]], "bias": [-1]}],
                 "loss": "mse", "inputs": [[3]], "targets": [[4]]}"""));
        RoundingBound bound = MatrixRoundingBound.of(objective);
        assertArrayEquals(new double[] {33, 11}, bound.sums());
        assertEquals(60.5, bound.valueMagnitude());
        assertEquals(8, bound.depth());
        assertEquals(List.of(List.of(Allowance.value(6, 7))), bound.outputs());
    }

    /** Seeded random networks over every hidden activation and every loss with its last activations. */
    @Test
    void cmpTolerance_agreesWithTheTapeOnRandomNetworks() {
        SplittableRandom random = new SplittableRandom(SEED);
        Activation[] hidden = {Activation.IDENTITY, Activation.SIGMOID, Activation.TANH, Activation.HARDTANH,
                Activation.RELU, Activation.LEAKY_RELU};
        Object[][] heads = {{Loss.MSE, Activation.IDENTITY}, {Loss.MSE, Activation.TANH}, {Loss.MSE, Activation.SOFTMAX},
                {Loss.MSE, Activation.SIGMOID}, {Loss.MSE, Activation.RELU}, {Loss.CROSS_ENTROPY, Activation.SOFTMAX},
                {Loss.BINARY_CROSS_ENTROPY, Activation.SIGMOID}};
        for (Activation activation : hidden) {
            for (Object[] head : heads) {
                for (int trial = 0; trial < 3; trial++) {
                    long seed = random.nextLong();
                    Problem problem = MatrixForwardModeTest.network(activation, (Activation) head[1], (Loss) head[0],
                            3 + 5 * trial, seed);
                    assertTapeAgrees(new ProblemObjective(problem),
                            activation + "/" + head[1] + "/" + head[0] + " seed " + seed + " (QT_SEED " + SEED + ")");
                }
            }
        }
    }

    /** Every problem vector of the spec, kinks, ties and saturated units included. */
    @Test
    void cmpTolerance_agreesWithTheTapeOnEveryProblemVector() {
        for (TestVector vector : VectorCatalog.all()) {
            if (vector.isProblem()) {
                assertTapeAgrees(new ProblemObjective(vector.problem().orElseThrow()), vector.id());
            }
        }
    }

    /** ACT-SOFTMAX ties (all logits 0: the shift is the first largest) and LOSS-STABLE's logits ±1000. */
    @Test
    void cmpFunction_tiesAndSaturatedLogits() {
        for (Loss loss : new Loss[] {Loss.CROSS_ENTROPY, Loss.MSE}) {
            assertTapeAgrees(new ProblemObjective(new Problem("ties", List.of(new Layer(Activation.SOFTMAX,
                    new double[3][2], new double[3])), loss, new double[][] {{1, -2}}, new double[][] {{0, 1, 0}})),
                    "ties " + loss);
        }
        assertTapeAgrees(new ProblemObjective(new Problem("ce", List.of(new Layer(Activation.SOFTMAX,
                new double[][] {{1}, {-1}, {0}}, new double[3])), Loss.CROSS_ENTROPY, new double[][] {{1000}},
                new double[][] {{0, 1, 0}})), "ce ±1000");
        assertTapeAgrees(new ProblemObjective(new Problem("bce", List.of(new Layer(Activation.SIGMOID,
                new double[][] {{1}, {-1}}, new double[2])), Loss.BINARY_CROSS_ENTROPY, new double[][] {{1000}},
                new double[][] {{0, 0}})), "bce ±1000");
        assertTapeAgrees(new ProblemObjective(new Problem("tanh", List.of(new Layer(Activation.TANH,
                new double[][] {{40}, {-40}}, new double[2]), new Layer(Activation.IDENTITY, new double[][] {{1, 2}},
                new double[1])), Loss.MSE, new double[][] {{1}}, new double[][] {{0}})), "saturated tanh");
    }

    /** ACT-KINK: units exactly at relu's 0 and hardtanh's ±1 take the branch the tape takes. */
    @Test
    void actKink_unitsAtTheirKinks() {
        for (Activation activation : new Activation[] {Activation.RELU, Activation.LEAKY_RELU, Activation.HARDTANH}) {
            for (double bias : new double[] {-1, 0, -2}) {
                assertTapeAgrees(new ProblemObjective(new Problem("kink", List.of(new Layer(activation,
                        new double[][] {{1}}, new double[] {bias}), new Layer(Activation.IDENTITY, new double[][] {{3}},
                        new double[] {0.5})), Loss.MSE, new double[][] {{1}}, new double[][] {{0.25}})),
                        activation + " bias " + bias);
            }
        }
    }

    /**
     * CMP-VERDICT: z¹ = (10³⁰⁸, −10³⁰⁸) cancels to z² = 0, whose magnitude 2·10³⁰⁸ overflows: S_k and V are ∞ on both
     * routes (the bound of an overflowed evaluation), and D leaves the overflowed running error out.
     */
    @Test
    void cmpVerdict_anOverflowedMagnitudeGivesAnInfiniteBound() {
        ProblemObjective objective = new ProblemObjective(new Problem("overflow", List.of(new Layer(Activation.IDENTITY,
                new double[][] {{1e308}, {-1e308}}, new double[2]), new Layer(Activation.IDENTITY,
                new double[][] {{1, 1}}, new double[1])), Loss.MSE, new double[][] {{1}}, new double[][] {{0}}));
        RoundingBound bound = MatrixRoundingBound.of(objective);
        assertEquals(Double.POSITIVE_INFINITY, bound.valueMagnitude());
        assertEquals(Double.POSITIVE_INFINITY, bound.sums()[0]);
        assertTapeAgrees(objective, "overflow");
    }

    /**
     * CMP-VERDICT: z¹ = 10³⁰⁸ − 10³⁰⁸ = 0 has the overflowed magnitude V_(a¹) = ∞, and z² = z¹ − 1 = −1 is below
     * the ReLU's kink (P = 0), so Ā_(z²) = 0 and S of b² is 0, while S of W², Ā_(z²)·V_(a¹), is formed as 0·∞: the
     * matrix route takes it as ∞ (an overflowed bound, NOT_BOUNDED), never NaN.
     */
    @Test
    void cmpVerdict_aSumFormedAsZeroTimesInfinityIsInfinite() {
        ProblemObjective objective = new ProblemObjective(new Problem("zero times overflow", List.of(
                new Layer(Activation.IDENTITY, new double[][] {{1e308, -1e308}}, new double[1]),
                new Layer(Activation.RELU, new double[][] {{1}}, new double[] {-1})), Loss.MSE,
                new double[][] {{1, 1}}, new double[][] {{0}}));
        RoundingBound bound = MatrixRoundingBound.of(objective);
        assertEquals(Double.POSITIVE_INFINITY, bound.sums()[objective.weightIndex(2, 0, 0)]);
        assertEquals(0, bound.sums()[objective.biasIndex(2, 0)]);
    }

    private static void assertTapeAgrees(ProblemObjective objective, String label) {
        RoundingBound tape = RoundingBound.of(objective);
        RoundingBound matrix = MatrixRoundingBound.of(objective);
        for (int k = 0; k < tape.sums().length; k++) {
            assertEquals(tape.sums()[k], matrix.sums()[k], 1e-12 * tape.sums()[k], label + ": S_" + k);
        }
        assertEquals(tape.valueMagnitude(), matrix.valueMagnitude(), 1e-12 * tape.valueMagnitude(), label + ": V_J");
        assertTrue(matrix.depth() >= tape.depth() && matrix.depth() <= 2 * tape.depth(),
                label + ": D " + matrix.depth() + " for the tape's " + tape.depth());
        assertEquals(tape.outputs().size(), matrix.outputs().size(), label);
        for (int e = 0; e < tape.outputs().size(); e++) {
            for (int k = 0; k < tape.outputs().get(e).size(); k++) {
                Allowance expected = tape.outputs().get(e).get(k);
                Allowance found = matrix.outputs().get(e).get(k);
                assertEquals(expected.magnitude(), found.magnitude(), 1e-12 * expected.magnitude(),
                        label + ": V of output " + e + "," + k);
                assertTrue(found.depth() >= expected.depth(), label + ": D of output " + e + "," + k + " "
                        + found.depth() + " < " + expected.depth());
            }
        }
    }
}
