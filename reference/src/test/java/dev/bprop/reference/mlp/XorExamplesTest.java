package dev.bprop.reference.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.spec.mlp.Result;
import org.junit.jupiter.api.Test;

/**
 * The slides' XOR network, W¹ = [[1, 1], [1, 1]], b¹ = [0, −1], relu, W² = [[1, −2]], b², identity, mse, on the
 * four inputs of XOR; the expected numbers are worked by hand in the comments.
 */
class XorExamplesTest {
    private static final double TOLERANCE = 1e-15;

    /*
     * b² = 0. Example by example, z¹ = W¹x + b¹ and a¹ = relu(z¹), then a² = z² = a¹_0 − 2 a¹_1:
     *   x = (0,0): z¹ = (0,−1), a¹ = (0,0), a² = 0
     *   x = (0,1): z¹ = (1, 0), a¹ = (1,0), a² = 1
     *   x = (1,0): z¹ = (1, 0), a¹ = (1,0), a² = 1
     *   x = (1,1): z¹ = (2, 1), a¹ = (2,1), a² = 2 − 2 = 0
     * The outputs are the targets, so J = 0 and a^L − y = 0 makes every δ and every gradient 0.
     */
    @Test
    void fwd_xorNetworkPredictsXorWithZeroLossAndZeroGradients() {
        Result result = Backpropagation.gradient(Problems.xor(0));
        assertArrayEquals(new double[][] {{0}, {1}, {1}, {0}}, result.outputs());
        assertEquals(0, result.loss());
        assertArrayEquals(new double[][] {{0, 0}, {0, 0}}, result.gradient(1).weights());
        assertArrayEquals(new double[] {0, 0}, result.gradient(1).bias());
        assertArrayEquals(new double[][] {{0, 0}}, result.gradient(2).weights());
        assertArrayEquals(new double[] {0}, result.gradient(2).bias());
    }

    /*
     * EX-XOR-SHIFTED: b² = 0.3 moves every output up by 0.3, a² = (0.3, 1.3, 1.3, 0.3), so every
     * a² − y = 0.3 and J = (1/4)·4·½·0.3² = 0.045.
     * BP1 (identity, g' = 1): δ²_e = (a²_e − y_e)/m = 0.3/4 = 0.075 for every e.
     * BP3: ∂J/∂b² = Σ_e δ²_e = 4·0.075 = 0.3.
     * BP4: ∂J/∂W² = Σ_e δ²_e (a¹_e)^T = 0.075·((0,0) + (1,0) + (1,0) + (2,1)) = 0.075·(4, 1) = (0.3, 0.075).
     * BP2: (W²)^T δ²_e = (1, −2)·0.075 = (0.075, −0.15), times relu'(z¹_e), which is 0 at the kink z = 0:
     *   z¹ = (0,−1): relu' = (0,0), δ¹ = (0, 0)
     *   z¹ = (1, 0): relu' = (1,0), δ¹ = (0.075, 0)     (twice)
     *   z¹ = (2, 1): relu' = (1,1), δ¹ = (0.075, −0.15)
     * BP3: ∂J/∂b¹ = (0.075 + 0.075 + 0.075, −0.15) = (0.225, −0.15).
     * BP4: ∂J/∂W¹ = Σ_e δ¹_e x_e^T = [[0, 0.075], [0, 0]] + [[0.075, 0], [0, 0]] + [[0.075, 0.075], [−0.15, −0.15]]
     *             = [[0.15, 0.15], [−0.15, −0.15]].
     */
    @Test
    void bp1ToBp4_shiftedXorGivesTheResultOfContractsSection2() {
        Result result = Backpropagation.gradient(Problems.xor(0.3));
        assertEquals(0.045, result.loss(), TOLERANCE);
        assertArrayEquals(new double[][] {{0.3}, {1.3}, {1.3}, {0.3}}, result.outputs());
        assertMatrixEquals(new double[][] {{0.15, 0.15}, {-0.15, -0.15}}, result.gradient(1).weights());
        assertArrayEquals(new double[] {0.225, -0.15}, result.gradient(1).bias(), TOLERANCE);
        assertMatrixEquals(new double[][] {{0.3, 0.075}}, result.gradient(2).weights());
        assertArrayEquals(new double[] {0.3}, result.gradient(2).bias(), TOLERANCE);
    }

    /* The hand-worked δ¹ and δ² above, row e for example e. */
    @Test
    void bp1Bp2_shiftedXorTraceHoldsTheErrorsOfEveryExample() {
        Trace trace = Backpropagation.trace(Problems.xor(0.3));
        assertMatrixEquals(new double[][] {{0.075}, {0.075}, {0.075}, {0.075}}, trace.error(2).toArray());
        assertMatrixEquals(new double[][] {{0, 0}, {0.075, 0}, {0.075, 0}, {0.075, -0.15}}, trace.error(1).toArray());
        assertMatrixEquals(new double[][] {{0, -1}, {1, 0}, {1, 0}, {2, 1}}, trace.forward().preActivation(1).toArray());
        assertMatrixEquals(new double[][] {{0, 0}, {1, 0}, {1, 0}, {2, 1}}, trace.forward().activation(1).toArray());
        assertArrayEquals(new double[] {0.225, -0.15}, trace.biasGradient(1), TOLERANCE);
        assertMatrixEquals(new double[][] {{0.3, 0.075}}, trace.weightGradient(2).toArray());
        assertEquals(0.045, trace.loss(), TOLERANCE);
        assertEquals(2, trace.depth());
    }

    static void assertMatrixEquals(double[][] expected, double[][] found) {
        assertEquals(expected.length, found.length, "rows");
        for (int r = 0; r < expected.length; r++) {
            assertArrayEquals(expected[r], found[r], TOLERANCE, "row " + r);
        }
    }
}
