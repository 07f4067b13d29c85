package dev.bprop.reference.mlp;

import static dev.bprop.reference.mlp.XorExamplesTest.assertMatrixEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Result;
import org.junit.jupiter.api.Test;

/** LOSS-STABLE end to end: logits of magnitude 1000 and saturated units give finite, correct numbers. */
class StabilityTest {
    /*
     * W = [[1], [−1]], x = 1000: z = (1000, −1000), y = (0, 1).
     * J = lse(z) − z_1 = 1000 + ln(1 + e^(−2000)) + 1000 = 2000 (e^(−2000) is far below an ulp of 1).
     * a = softmax(z) = (1, e^(−2000)) = (1, 0) in doubles; BP1-SOFTMAX-CE: δ = (a − y)/1 = (1, −1).
     * BP4: ∂J/∂W = δ x^T = (1000, −1000); BP3: ∂J/∂b = (1, −1).
     */
    @Test
    void lossStable_bp1SoftmaxCe_logitsOfMagnitude1000GiveFiniteCorrectLossAndGradient() {
        Result result = Backpropagation.gradient(Problems.singleLayer(Activation.SOFTMAX, new double[][] {{1}, {-1}},
                new double[] {0, 0}, Loss.CROSS_ENTROPY, new double[] {1000}, new double[] {0, 1}));
        assertEquals(2000, result.loss());
        assertArrayEquals(new double[] {1, 0}, result.outputs()[0]);
        assertMatrixEquals(new double[][] {{1000}, {-1000}}, result.gradient(1).weights());
        assertArrayEquals(new double[] {1, -1}, result.gradient(1).bias());
    }

    /*
     * W = [[1], [1], [1]], x = 10^17: z = (10^17, 10^17, 10^17), a = (1/3, 1/3, 1/3), y = (1, 0, 0).
     * J = ln 3; δ = a − y = (−2/3, 1/3, 1/3); ∂J/∂W = δ x^T = 10^17 δ; ∂J/∂b = δ.
     */
    @Test
    void lossStable_bp1SoftmaxCe_hugeEqualLogitsGiveLn3AndTheirGradient() {
        Result result = Backpropagation.gradient(Problems.singleLayer(Activation.SOFTMAX,
                new double[][] {{1}, {1}, {1}}, new double[] {0, 0, 0}, Loss.CROSS_ENTROPY, new double[] {1e17},
                new double[] {1, 0, 0}));
        assertEquals(Math.log(3), result.loss(), 1e-15);
        assertArrayEquals(new double[] {-2.0 / 3, 1.0 / 3, 1.0 / 3}, result.gradient(1).bias(), 1e-15);
        double[][] weights = result.gradient(1).weights();
        assertEquals(-2e17 / 3, weights[0][0], 1e2);
        assertEquals(1e17 / 3, weights[1][0], 1e2);
        assertEquals(1e17 / 3, weights[2][0], 1e2);
    }

    /* The same logits with y = (1, 0): J = ln(1 + e^(−2000)) = 0 and δ = (1, 0) − (1, 0) = 0. */
    @Test
    void lossStable_lossCe_confidentAndRightGivesZeroLoss() {
        Result result = Backpropagation.gradient(Problems.singleLayer(Activation.SOFTMAX, new double[][] {{1}, {-1}},
                new double[] {0, 0}, Loss.CROSS_ENTROPY, new double[] {1000}, new double[] {1, 0}));
        assertEquals(0, result.loss());
        assertArrayEquals(new double[] {0, 0}, result.gradient(1).bias());
    }

    /*
     * Sigmoid with binary cross-entropy, W = [[1]], b = 0, so z = x.
     * x = 1000, y = 0: J = softplus(1000) = 1000 + ln(1 + e^(−1000)) = 1000; a = 1; δ = (1 − 0)/1 = 1;
     *   ∂J/∂W = δx = 1000, ∂J/∂b = 1.
     * x = −1000, y = 1: J = softplus(1000) = 1000; a = e^(−1000)/(1 + e^(−1000)) = 0; δ = 0 − 1 = −1;
     *   ∂J/∂W = (−1)(−1000) = 1000, ∂J/∂b = −1.
     * x = −1000, y = 0: J = softplus(−1000) = ln(1 + e^(−1000)) = 0 in doubles; δ = 0.
     */
    @Test
    void lossStable_bp1SigmoidBce_logitsOfMagnitude1000GiveFiniteCorrectLossAndGradient() {
        assertSigmoidBce(1000, 0, 1000, 1000, 1);
        assertSigmoidBce(-1000, 1, 1000, 1000, -1);
        assertSigmoidBce(-1000, 0, 0, 0, 0);
    }

    private static void assertSigmoidBce(double x, double y, double loss, double weightGradient, double biasGradient) {
        Result result = Backpropagation.gradient(Problems.singleLayer(Activation.SIGMOID, new double[][] {{1}},
                new double[] {0}, Loss.BINARY_CROSS_ENTROPY, new double[] {x}, new double[] {y}));
        assertEquals(loss, result.loss());
        assertEquals(weightGradient, result.gradient(1).weight(0, 0));
        assertEquals(biasGradient, result.gradient(1).bias(0));
    }

    /*
     * Saturated units under mse, W = [[1]], b = 0, y = 0.5: the outputs are σ(1000) = 1, σ(−1000) = 0,
     * tanh(±1000) = ±1, and g'(±1000) = 0 (σ(1000)σ(−1000) = 1·0; 1/cosh²(1000) = 1/∞), so BP1 gives
     * δ = (a − y)·0 = 0, not NaN, while J = ½(a − 0.5)² stays what the output says.
     */
    @Test
    void actSigmoidActTanh_bp1_saturatedUnitsGiveZeroErrorNotNaN() {
        assertSaturated(Activation.SIGMOID, 1000, 1);
        assertSaturated(Activation.SIGMOID, -1000, 0);
        assertSaturated(Activation.TANH, 1000, 1);
        assertSaturated(Activation.TANH, -1000, -1);
    }

    private static void assertSaturated(Activation activation, double x, double output) {
        Result result = Backpropagation.gradient(Problems.singleLayer(activation, new double[][] {{1}},
                new double[] {0}, Loss.MSE, new double[] {x}, new double[] {0.5}));
        assertEquals(output, result.output(0, 0));
        assertEquals(0.5 * (output - 0.5) * (output - 0.5), result.loss());
        assertEquals(0, result.gradient(1).bias(0));
        assertEquals(0, result.gradient(1).weight(0, 0));
    }

    /*
     * Softmax with mse at z = (1000, −1000): a = (1, 0), y = (0, 0), g = a − y = (1, 0), Σ_k a_k g_k = 1;
     * BP1-JACOBIAN: δ = (1·(1 − 1), 0·(0 − 1)) = (0, 0); J = ½·1 = 0.5.
     */
    @Test
    void bp1Jacobian_saturatedSoftmaxWithMseGivesZeroErrorNotNaN() {
        Result result = Backpropagation.gradient(Problems.singleLayer(Activation.SOFTMAX, new double[][] {{1}, {-1}},
                new double[] {0, 0}, Loss.MSE, new double[] {1000}, new double[] {0, 0}));
        assertEquals(0.5, result.loss());
        assertArrayEquals(new double[] {0, 0}, result.gradient(1).bias());
    }
}
