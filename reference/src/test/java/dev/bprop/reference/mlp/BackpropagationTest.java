package dev.bprop.reference.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import org.junit.jupiter.api.Test;

/** The choice of BP1 form, the factors the trace keeps for showing the work, and unvalidated problems. */
class BackpropagationTest {
    @Test
    void lossCeAndLossBce_refuseALastActivationTheyDoNotFit() {
        IllegalArgumentException ce = assertThrows(IllegalArgumentException.class,
                () -> Backpropagation.gradient(Problems.singleLayer(Activation.RELU, new double[][] {{1}},
                        new double[] {0}, Loss.CROSS_ENTROPY, new double[] {1}, new double[] {1})));
        assertEquals("cross_entropy needs softmax on the last layer, found relu", ce.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Backpropagation.gradient(Problems.singleLayer(Activation.SOFTMAX, new double[][] {{1}},
                        new double[] {0}, Loss.BINARY_CROSS_ENTROPY, new double[] {1}, new double[] {1})));
    }

    /*
     * mse after sigmoid, W = [[0]], b = 0, x = 1, y = 1: a = σ(0) = ½, ∇_a J = (½ − 1)/1 = −½,
     * BP1: δ = −½·σ'(0) = −½·¼ = −⅛; J = ½·¼ = ⅛.
     */
    @Test
    void bp1_mseAfterAnElementwiseActivationUsesItsDerivative() {
        var result = Backpropagation.gradient(Problems.singleLayer(Activation.SIGMOID, new double[][] {{0}},
                new double[] {0}, Loss.MSE, new double[] {1}, new double[] {1}));
        assertEquals(-0.125, result.gradient(1).bias(0));
        assertEquals(-0.125, result.gradient(1).weight(0, 0));
        assertEquals(0.125, result.loss());
    }

    /*
     * mse after softmax, z = (0, ln 3) from W = [[0], [ln 3]], x = 1: a = (¼, ¾), y = (1, 0): g = a − y = (−¾, ¾),
     * Σ a_k g_k = −3/16 + 9/16 = 3/8; BP1-JACOBIAN: δ = (¼(−¾ − ⅜), ¾(¾ − ⅜)) = (−9/32, 9/32).
     */
    @Test
    void bp1Jacobian_mseAfterSoftmaxUsesTheJacobian() {
        var result = Backpropagation.gradient(Problems.singleLayer(Activation.SOFTMAX,
                new double[][] {{0}, {Math.log(3)}}, new double[] {0, 0}, Loss.MSE, new double[] {1},
                new double[] {1, 0}));
        assertEquals(-9.0 / 32, result.gradient(1).bias(0), 1e-15);
        assertEquals(9.0 / 32, result.gradient(1).bias(1), 1e-15);
    }

    /*
     * Spec EX-XOR-SHIFTED by hand: A² − Y = 0.3 in every row, so ∇_{A²} J = 0.3/4 = 0.075; Δ² = 0.075, and BP2's
     * product Δ² W² = (0.075, −0.15) per row, before the Hadamard product with relu'(Z¹), whose rows are (0,0),
     * (1,0), (1,0), (1,1) (Z¹ rows (0,−1), (1,0), (1,0), (2,1); relu'(0) = 0).
     */
    @Test
    void bp2_theTraceKeepsTheFactorsOfTheHadamardProduct() {
        Trace trace = Backpropagation.trace(BpropJson.parseProblem("""
                {"layers": [{"activation": "relu", "weights": [[1, 1], [1, 1]], "bias": [0, -1]},
                            {"activation": "identity", "weights": [[1, -2]], "bias": [0.3]}],
                 "loss": "mse", "inputs": [[0, 0], [0, 1], [1, 0], [1, 1]], "targets": [[0], [1], [1], [0]]}
                """));
        for (int e = 0; e < 4; e++) {
            assertEquals(0.075, trace.meanSquaredErrorGradient().get(e, 0), 1e-16);
            assertEquals(0.075, trace.backpropagatedError(1).get(e, 0), 1e-16);
            assertEquals(-0.15, trace.backpropagatedError(1).get(e, 1), 1e-16);
        }
        assertArrayEquals(new double[][] {{0, 0}, {1, 0}, {1, 0}, {1, 1}}, trace.activationDerivative(1).toArray());
        assertThrows(IllegalStateException.class, () -> Backpropagation.trace(Problems.singleLayer(Activation.SOFTMAX,
                new double[][] {{1}, {2}}, new double[] {0, 0}, Loss.CROSS_ENTROPY, new double[] {1},
                new double[] {1, 0})).meanSquaredErrorGradient());
    }
}
