package dev.bprop.reference.graph.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A multilayer perceptron written as a graph (clauses GBP-GRAPH, GBP-OPS), against hand-computed results. */
class MlpGraphTest {
    private static final double CLOSE = 1e-15;

    /** EX-XOR-SHIFTED (FMT-RESULT): the slides' XOR network moved by 0.3, with its hand-computed result. */
    @Test
    void gbpOps_theShiftedXorNetworkGivesTheContractsResultWithReluPrimeOfZeroZero() {
        Problem xor = new Problem("xor-relu-shifted", List.of(
                new Layer(Activation.RELU, new double[][] {{1, 1}, {1, 1}}, new double[] {0, -1}),
                new Layer(Activation.IDENTITY, new double[][] {{1, -2}}, new double[] {0.3})),
                Loss.MSE, new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0}, {1}, {1}, {0}});
        Result result = MlpGraph.of(xor).result();
        assertEquals(0.045, result.loss(), CLOSE);
        double[][] outputs = result.outputs();
        double[] expectedOutputs = {0.3, 1.3, 1.3, 0.3};
        for (int e = 0; e < 4; e++) {
            assertArrayEquals(new double[] {expectedOutputs[e]}, outputs[e], 1e-15);
        }
        assertArrayEquals(new double[] {0.15, 0.15}, result.gradient(1).weights()[0], 1e-15);
        assertArrayEquals(new double[] {-0.15, -0.15}, result.gradient(1).weights()[1], 1e-15);
        assertArrayEquals(new double[] {0.225, -0.15}, result.gradient(1).bias(), 1e-15);
        assertArrayEquals(new double[] {0.3, 0.075}, result.gradient(2).weights()[0], 1e-15);
        assertArrayEquals(new double[] {0.3}, result.gradient(2).bias(), CLOSE);
    }

    /**
     * One example x = (1, 2), W = [[0, 0], [0, 0]] (n₁ = 2), b = (0, ln 3): z = (0, ln 3), a = softmax(z) = (1/4, 3/4);
     * with y = (0, 1), J = −ln(3/4), ∂J/∂z = a − y = (1/4, −1/4), ∂J/∂W = (a − y) xᵀ.
     */
    @Test
    void gbpOps_softmaxWithCrossEntropyHasGradientAMinusY() {
        Problem problem = new Problem(null, List.of(new Layer(Activation.SOFTMAX, new double[][] {{0, 0}, {0, 0}},
                new double[] {0, Math.log(3)})), Loss.CROSS_ENTROPY, new double[][] {{1, 2}}, new double[][] {{0, 1}});
        Result result = MlpGraph.of(problem).result();
        assertEquals(-Math.log(0.75), result.loss(), CLOSE);
        assertArrayEquals(new double[] {0.25, 0.75}, result.outputs()[0], CLOSE);
        assertArrayEquals(new double[] {0.25, -0.25}, result.gradient(1).bias(), CLOSE);
        assertArrayEquals(new double[] {0.25, 0.5}, result.gradient(1).weights()[0], CLOSE);
        assertArrayEquals(new double[] {-0.25, -0.5}, result.gradient(1).weights()[1], CLOSE);
    }

    /**
     * Two examples through one sigmoid unit with z = 0 for both (W = [[0]], b = 0): a = 1/2, y = (1, 0);
     * J = −½(ln ½ + ln ½) = ln 2, ∂J/∂z_e = (a − y_e)/m = (−1/4, 1/4), so ∂J/∂b = 0 and ∂J/∂W = −1/4·3 + 1/4·5 = 1/2.
     */
    @Test
    void gbpOps_sigmoidWithBinaryCrossEntropyHasGradientAMinusYOverM() {
        Problem problem = new Problem(null, List.of(new Layer(Activation.SIGMOID, new double[][] {{0}},
                new double[] {0})), Loss.BINARY_CROSS_ENTROPY, new double[][] {{3}, {5}}, new double[][] {{1}, {0}});
        Result result = MlpGraph.of(problem).result();
        assertEquals(Math.log(2), result.loss(), CLOSE);
        assertArrayEquals(new double[] {0}, result.gradient(1).bias(), CLOSE);
        assertArrayEquals(new double[] {0.5}, result.gradient(1).weights()[0], CLOSE);
    }

    /**
     * One unit per activation, z = (2, −2, 0.5, 1 … ) chosen on each side of the kinks: a hardtanh unit at z = 1 and
     * a leaky_relu unit at z = 0 sit on their kinks, where hardtanh'(1) = 0 and leaky_relu'(0) = 0.1 (ACT-KINK).
     * With mse on one example and y = a − 1, ∂J/∂z = g'(z).
     */
    @Test
    void actKink_hardtanhAndLeakyReluUnitsOnTheirKinks() {
        for (Object[] unit : new Object[][] {
                {Activation.HARDTANH, 1.0, 1.0, 0.0}, {Activation.HARDTANH, 0.5, 0.5, 1.0},
                {Activation.LEAKY_RELU, 0.0, 0.0, 0.1}, {Activation.LEAKY_RELU, -2.0, -0.2, 0.1},
                {Activation.TANH, 0.0, 0.0, 1.0}, {Activation.RELU, 2.0, 2.0, 1.0},
                {Activation.IDENTITY, -3.0, -3.0, 1.0}}) {
            double z = (double) unit[1];
            double a = (double) unit[2];
            Problem problem = new Problem(null, List.of(new Layer((Activation) unit[0], new double[][] {{0}},
                    new double[] {z})), Loss.MSE, new double[][] {{1}}, new double[][] {{a - 1}});
            Result result = MlpGraph.of(problem).result();
            assertEquals(0.5, result.loss(), CLOSE, unit[0] + " loss");
            assertEquals((double) unit[3], result.gradient(1).bias(0), CLOSE, unit[0] + " at " + z);
        }
    }
}
