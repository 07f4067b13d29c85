package dev.bprop.oracle.tangent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.ad.ForwardMode;
import dev.bprop.oracle.arith.DoubleArithmetic;
import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.oracle.objective.NotFiniteException;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.VectorCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The matrix-level forward mode against a hand-worked network, the spec's vectors, DerivativeStructure
 * ({@link ForwardMode#directionalDerivative}) and the tape's rounding bound ({@link RoundingBound}).
 */
class MatrixForwardModeTest {
    private static final long SEED = Long.getLong("QT_SEED", 0);

    /**
     * J = ½(w·x + b − y)² with w = 2, b = −1, x = 3, y = 4 (m = 1), along v = (v_w, v_b) = (1, −1):
     * z = 5, r = 1, J = ½; ż = v_w·x + v_b = 2, J̇ = r·ż = 2 (= g_w·1 + g_b·(−1) = 3 − 1).
     * Magnitudes: V_x = 3, V_z = |w|·3 + |b| = 7, V_r = 7 + |y| = 11; Ṡ_z = |v_w|·V_x + |v_b| = 4, Ṡ_J = V_r·Ṡ_z = 44
     * (the tape's S_w = 33, S_b = 11: 33 + 11). D = 8 (mul, add, sub, square, add, ½·, add of the batch, ÷ m).
     */
    @Test
    void cmpDirectional_aOneWeightNetworkByHand() {
        ProblemObjective objective = new ProblemObjective(BpropJson.parseProblem("""
                {"layers": [{"activation": "identity", "weights": [[2]], "bias": [-1]}],
                 "loss": "mse", "inputs": [[3]], "targets": [[4]]}"""));
        MatrixForwardMode.Directional pass = MatrixForwardMode.along(objective, new double[] {1, -1});
        assertEquals(0.5, pass.loss());
        assertEquals(2.0, pass.derivative());
        assertEquals(44.0, pass.magnitudeSum());
        assertEquals(2.0, pass.directionMagnitude());
        assertEquals(8, pass.depth());
        assertEquals(2 * 8 * (0x1p-53 * 44 + Double.MIN_VALUE * 2), pass.roundingBound());
    }

    /**
     * tanh, then sigmoid with bce, m = 1, at θ = (w¹, b¹, w², b²) = (0, 0, 0, 0), x = 2, y = 1, along v = (1, 1, 1, 1):
     * z¹ = 0, a¹ = tanh 0 = 0, z² = 0, σ = ½. ż¹ = x + 1 = 3, ȧ¹ = 1·3 = 3, ż² = a¹ + 0·ȧ¹ + 1 = 1,
     * J̇ = (σ − y)·ż² = −½; J = ln 2. Magnitudes: V_z¹ = 0, Ṡ_z¹ = |x| + 1 = 3; V_a¹ = max(0, 1) + 1·0 = 1 (tanh's
     * range, CMP-FUNCTION), Ṡ_a¹ = (max(1 + 0, 1) + 1·0)·3 = 3; V_z² = |w²|·V_a¹ + |b²| = 0,
     * Ṡ_z² = |v|·V_a¹ + |w²|·Ṡ_a¹ + |v| = 2; softplus's P = max(σ, 1) + ¼·V_z² = 1, so Ṡ_J = (1 + |y|)·2 = 4.
     */
    @Test
    void cmpDirectional_aTanhSigmoidBceNetworkByHand() {
        ProblemObjective objective = new ProblemObjective(BpropJson.parseProblem("""
                {"layers": [{"activation": "tanh", "weights": [[0]], "bias": [0]},
                            {"activation": "sigmoid", "weights": [[0]], "bias": [0]}],
                 "loss": "binary_cross_entropy", "inputs": [[2]], "targets": [[1]]}"""));
        MatrixForwardMode.Directional pass = MatrixForwardMode.along(objective, new double[] {1, 1, 1, 1});
        assertEquals(Math.log(2), pass.loss(), 1e-16);
        assertEquals(-0.5, pass.derivative());
        assertEquals(4.0, pass.magnitudeSum());
        assertTapeAgrees(objective, new double[] {1, 1, 1, 1}, "tanh-sigmoid-bce");
    }

    /** Every problem vector of the spec: gᵀv against its expected gradient, along ones and a Rademacher direction. */
    @Test
    void fmtVector_everyProblemVectorAlongTwoDirections() {
        for (TestVector vector : VectorCatalog.all()) {
            if (!vector.isProblem()) {
                continue;
            }
            ProblemObjective objective = new ProblemObjective(vector.problem().orElseThrow());
            double[] expected = objective.flatten(vector.expectedResult().orElseThrow());
            for (double[] direction : List.of(ones(expected.length), ForwardMode.randomDirection(expected.length, SEED))) {
                double allowed = 0;
                double dot = 0;
                for (int k = 0; k < expected.length; k++) {
                    dot += expected[k] * direction[k];
                    allowed += 4 * (vector.tolerance().absolute() + vector.tolerance().relative() * Math.abs(expected[k]));
                }
                assertEquals(dot, MatrixForwardMode.along(objective, direction).derivative(), allowed, vector.id());
            }
        }
    }

    /**
     * Seeded random networks over every hidden activation and every loss with its last activations: gᵀv agrees
     * with DerivativeStructure within the two rounding bounds, Σ|v_k|·S_k equals the tape's, D is the tape's depth
     * (or more where a kinked unit or bce's max(z, 0) took its shallow branch), and J is the double evaluation of
     * the loss.
     */
    @Test
    void cmpDirectional_agreesWithDerivativeStructureAndTheTapeOnRandomNetworks() {
        SplittableRandom random = new SplittableRandom(SEED);
        Activation[] hidden = {Activation.IDENTITY, Activation.SIGMOID, Activation.TANH, Activation.HARDTANH,
                Activation.RELU, Activation.LEAKY_RELU};
        Object[][] heads = {{Loss.MSE, Activation.IDENTITY}, {Loss.MSE, Activation.TANH}, {Loss.MSE, Activation.SOFTMAX},
                {Loss.MSE, Activation.RELU}, {Loss.CROSS_ENTROPY, Activation.SOFTMAX},
                {Loss.BINARY_CROSS_ENTROPY, Activation.SIGMOID}};
        for (Activation activation : hidden) {
            for (Object[] head : heads) {
                for (int trial = 0; trial < 3; trial++) {
                    long seed = random.nextLong();
                    Problem problem = network(activation, (Activation) head[1], (Loss) head[0], 3 + 5 * trial, seed);
                    ProblemObjective objective = new ProblemObjective(problem);
                    double[] direction = gaussian(objective.dimension(), seed);
                    String label = activation + "/" + head[1] + "/" + head[0] + " seed " + seed;
                    assertTapeAgrees(objective, direction, label);
                    int tapeDepth = RoundingBound.of(objective).depth();
                    int depth = MatrixForwardMode.along(objective, direction).depth();
                    assertTrue(depth >= tapeDepth && depth <= 2 * tapeDepth, label + ": " + depth + " for " + tapeDepth);
                }
            }
        }
    }

    /** Ties among the logits (all zero): the shift is the first largest, as the tape's max picks it. */
    @Test
    void actSoftmax_tiedLogitsShiftByTheFirst() {
        for (Loss loss : new Loss[] {Loss.CROSS_ENTROPY, Loss.MSE}) {
            Problem problem = new Problem("ties", List.of(new Layer(Activation.SOFTMAX, new double[3][2], new double[3])),
                    loss, new double[][] {{1, -2}}, new double[][] {{0, 1, 0}});
            assertTapeAgrees(new ProblemObjective(problem), new double[] {1, -2, 3, 0.5, -1, 2, 0.25, -3, 4},
                    "ties " + loss);
        }
    }

    /** LOSS-STABLE: logits ±1000 stay finite, J and gᵀv by hand (CE: J = 2000 along the class-1 bias; BCE). */
    @Test
    void lossStable_largeLogitsStayFinite() {
        Problem ce = new Problem("ce", List.of(new Layer(Activation.SOFTMAX, new double[][] {{1}, {-1}, {0}},
                new double[3])), Loss.CROSS_ENTROPY, new double[][] {{1000}}, new double[][] {{0, 1, 0}});
        MatrixForwardMode.Directional pass = MatrixForwardMode.along(new ProblemObjective(ce),
                new double[] {0, 0, 0, 0, 1, 0});
        assertEquals(2000.0, pass.loss());
        assertEquals(-1.0, pass.derivative());
        Problem bce = new Problem("bce", List.of(new Layer(Activation.SIGMOID, new double[][] {{1}, {-1}},
                new double[2])), Loss.BINARY_CROSS_ENTROPY, new double[][] {{1000}}, new double[][] {{0, 0}});
        MatrixForwardMode.Directional bcePass = MatrixForwardMode.along(new ProblemObjective(bce),
                new double[] {0, 0, 1, 1});
        assertEquals(1000.0, bcePass.loss());
        assertEquals(1.0, bcePass.derivative());
        assertTapeAgrees(new ProblemObjective(ce), new double[] {1, 2, 3, 4, 5, 6}, "ce ±1000");
        assertTapeAgrees(new ProblemObjective(bce), new double[] {1, -2, 3, -4}, "bce ±1000");
    }

    /**
     * ACT-KINK: x = 1, w = 1, b = −1 puts every unit at z = 0 (relu, leaky relu) or, with b = 0 and b = −2, at
     * hardtanh's ±1; the one-sided slopes of the spec give gᵀv, checked against DerivativeStructure and the tape.
     */
    @Test
    void actKink_unitsAtTheirKinks() {
        double[][] biases = {{-1}, {0}, {-2}};
        for (Activation activation : new Activation[] {Activation.RELU, Activation.LEAKY_RELU, Activation.HARDTANH}) {
            for (double[] bias : biases) {
                Problem problem = new Problem("kink", List.of(new Layer(activation, new double[][] {{1}}, bias),
                        new Layer(Activation.IDENTITY, new double[][] {{3}}, new double[] {0.5})), Loss.MSE,
                        new double[][] {{1}}, new double[][] {{0.25}});
                assertTapeAgrees(new ProblemObjective(problem), new double[] {0.5, -1, 2, 1},
                        activation + " bias " + bias[0]);
            }
        }
    }

    /** E-EVAL: an overflowing pre-activation, an overflowing tangent and an overflowing loss each name their place. */
    @Test
    void eEval_nonFiniteValuesNameThePlace() {
        Problem overflow = new Problem("overflow", List.of(new Layer(Activation.IDENTITY, new double[][] {{1e308}},
                new double[1]), new Layer(Activation.IDENTITY, new double[][] {{1}}, new double[1])), Loss.MSE,
                new double[][] {{10}}, new double[][] {{0}});
        ProblemObjective objective = new ProblemObjective(overflow);
        NotFiniteException value = assertThrows(NotFiniteException.class,
                () -> MatrixForwardMode.along(objective, new double[4]));
        assertTrue(value.getMessage().contains("layers[0]"), value.getMessage());
        Problem steep = new Problem("steep", List.of(new Layer(Activation.IDENTITY, new double[][] {{1}},
                new double[1]), new Layer(Activation.IDENTITY, new double[][] {{1}}, new double[1])), Loss.MSE,
                new double[][] {{10}}, new double[][] {{0}});
        NotFiniteException tangent = assertThrows(NotFiniteException.class,
                () -> MatrixForwardMode.along(new ProblemObjective(steep), new double[] {0, 0, 1e308, 0}));
        assertTrue(tangent.getMessage().contains("layers[1]"), tangent.getMessage());
        NotFiniteException lossValue = assertThrows(NotFiniteException.class,
                () -> MatrixForwardMode.along(new ProblemObjective(steep), new double[] {0, 0, 1.5e307, 0}));
        assertTrue(lossValue.getMessage().contains("loss"), lossValue.getMessage());
        Problem big = new Problem("big", List.of(new Layer(Activation.IDENTITY, new double[][] {{1e200}},
                new double[1])), Loss.MSE, new double[][] {{1}}, new double[][] {{0}});
        NotFiniteException loss = assertThrows(NotFiniteException.class,
                () -> MatrixForwardMode.along(new ProblemObjective(big), new double[2]));
        assertTrue(loss.getMessage().contains("loss"), loss.getMessage());
    }

    /**
     * The bound 2·D·(u·Σ|v_k|S_k + η·Σ|v_k|) term by term: with Σ|v_k|S_k = 0 only the underflow term is left,
     * 2·5·(η·3) = 30η; with Σ|v_k|S_k = 2⁴⁹ and Σ|v_k| = 0, 2·5·2⁻⁴ = 0.625.
     */
    @Test
    void cmpTolerance_theDirectionalBoundTermByTerm() {
        assertEquals(30 * Double.MIN_VALUE, new MatrixForwardMode.Directional(0, 0, 0, 3, 5).roundingBound());
        assertEquals(0.625, new MatrixForwardMode.Directional(0, 0, 0x1p49, 0, 5).roundingBound());
    }

    /**
     * ACT-SIGMOID's stable form at z = −740, where e^740 overflows: bce with y = 0 along the bias gives
     * J̇ = σ(−740) = e^(−740)/(1 + e^(−740)) = e^(−740), a subnormal that 1/(1 + e^740) would lose to 0.
     */
    @Test
    void actSigmoid_aLargeNegativeLogitKeepsItsSubnormalSlope() {
        Problem problem = new Problem("deep negative", List.of(new Layer(Activation.SIGMOID, new double[][] {{1}},
                new double[1])), Loss.BINARY_CROSS_ENTROPY, new double[][] {{-740}}, new double[][] {{0}});
        MatrixForwardMode.Directional pass = MatrixForwardMode.along(new ProblemObjective(problem), new double[] {0, 1});
        assertEquals(Math.exp(-740), pass.derivative());
        assertTrue(pass.derivative() > 0);
    }

    @Test
    void cmpDirectional_aDirectionOfTheWrongLengthIsRefused() {
        ProblemObjective objective = new ProblemObjective(network(Activation.TANH, Activation.IDENTITY, Loss.MSE, 3, SEED));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MatrixForwardMode.along(objective, new double[3]));
        assertTrue(error.getMessage().startsWith("direction: 3 entries"), error.getMessage());
    }

    /**
     * The matrix pass against DerivativeStructure (within both rounding bounds), the tape's Σ|v_k|·S_k (relative
     * 1e−12: the same non-negative terms summed in another order), the tape's depth or more, and J in doubles.
     */
    static void assertTapeAgrees(ProblemObjective objective, double[] direction, String label) {
        MatrixForwardMode.Directional pass = MatrixForwardMode.along(objective, direction);
        RoundingBound tape = RoundingBound.of(objective);
        double tapeSum = 0;
        for (int k = 0; k < direction.length; k++) {
            tapeSum += Math.abs(direction[k]) * tape.sums()[k];
        }
        assertEquals(tapeSum, pass.magnitudeSum(), 1e-12 * tapeSum, label + ": Σ|v|S");
        assertTrue(pass.depth() >= tape.depth(), label + ": depth " + pass.depth() + " < " + tape.depth());
        double expected = ForwardMode.directionalDerivative(objective, direction);
        assertEquals(expected, pass.derivative(), pass.roundingBound() + tape.along(direction), label + ": gᵀv");
        double loss = objective.evaluate(boxed(objective.point()), new DoubleArithmetic());
        assertEquals(loss, pass.loss(), 1e-13 * Math.max(1, Math.abs(loss)), label + ": J");
    }

    /**
     * n_0 = 3 → 4 (hidden) → 3 (head), m examples (3, 8 and 13: one, one full and two blocks of the affine pass);
     * weights, biases and inputs uniform in ±1.5; valid targets for the loss.
     */
    static Problem network(Activation hidden, Activation head, Loss loss, int m, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Layer> layers = new ArrayList<>();
        layers.add(new Layer(hidden, uniform(random, 4, 3), uniform(random, 1, 4)[0]));
        layers.add(new Layer(head, uniform(random, 3, 4), uniform(random, 1, 3)[0]));
        double[][] targets = new double[m][3];
        for (double[] row : targets) {
            if (loss == Loss.CROSS_ENTROPY) {
                row[random.nextInt(3)] = 1;
            } else {
                for (int k = 0; k < 3; k++) {
                    row[k] = loss == Loss.MSE ? random.nextDouble(-1, 1) : random.nextDouble();
                }
            }
        }
        return new Problem("random", layers, loss, uniform(random, m, 3), targets);
    }

    private static double[][] uniform(SplittableRandom random, int rows, int columns) {
        double[][] matrix = new double[rows][columns];
        for (double[] row : matrix) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextDouble(-1.5, 1.5);
            }
        }
        return matrix;
    }

    private static double[] gaussian(int w, long seed) {
        SplittableRandom random = new SplittableRandom(~seed);
        double[] v = new double[w];
        for (int k = 0; k < w; k++) {
            v[k] = random.nextDouble(-2, 2);
        }
        return v;
    }

    private static double[] ones(int w) {
        double[] v = new double[w];
        java.util.Arrays.fill(v, 1);
        return v;
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>();
        for (double value : values) {
            list.add(value);
        }
        return list;
    }
}
