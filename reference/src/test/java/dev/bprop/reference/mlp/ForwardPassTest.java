package dev.bprop.reference.mlp;

import static dev.bprop.reference.mlp.XorExamplesTest.assertMatrixEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The forward pass (FWD-Z, FWD-A, FWD-STORE) and the layer numbering of clause NOT-INDEX. */
class ForwardPassTest {
    /*
     * Shifted XOR (b² = 0.3): Z¹ rows W¹x + b¹ = (0,−1), (1,0), (1,0), (2,1); A¹ = relu(Z¹) = (0,0), (1,0),
     * (1,0), (2,1); Z² = A² = a¹_0 − 2a¹_1 + 0.3 = 0.3, 1.3, 1.3, 0.3; J = 0.045 (see XorExamplesTest).
     */
    @Test
    void fwdStore_keepsEveryPreActivationAndActivationByLayerNumber() {
        Problem problem = Problems.xor(0.3);
        ForwardPass forward = ForwardPass.of(problem);
        assertSame(problem, forward.problem());
        assertEquals(2, forward.depth());
        assertMatrixEquals(Problems.XOR_INPUTS, forward.activation(0).toArray());
        assertMatrixEquals(new double[][] {{0, -1}, {1, 0}, {1, 0}, {2, 1}}, forward.preActivation(1).toArray());
        assertMatrixEquals(new double[][] {{0, 0}, {1, 0}, {1, 0}, {2, 1}}, forward.activation(1).toArray());
        assertMatrixEquals(new double[][] {{0.3}, {1.3}, {1.3}, {0.3}}, forward.preActivation(2).toArray());
        assertMatrixEquals(new double[][] {{0.3}, {1.3}, {1.3}, {0.3}}, forward.activation(2).toArray());
        assertMatrixEquals(new double[][] {{0.3}, {1.3}, {1.3}, {0.3}}, forward.outputs());
        assertEquals(0.045, forward.loss(), 1e-15);
    }

    /* z = W a + b = [[1, 2], [3, 4], [−1, 0]] (1, −1) + (0.5, 0, 0) = (−0.5, −1, −1). */
    @Test
    void fwdZ_isWeightsTimesPreviousActivationPlusBias() {
        Matrix weights = Matrix.of(new double[][] {{1, 2}, {3, 4}, {-1, 0}});
        Matrix previous = Matrix.of(new double[][] {{1, -1}, {0, 1}});
        assertMatrixEquals(new double[][] {{-0.5, -1, -1}, {2.5, 4, 0}},
                ForwardPass.fwdZ(weights, new double[] {0.5, 0, 0}, previous).toArray());
    }

    @Test
    void fwdA_appliesTheLayersActivation() {
        assertMatrixEquals(new double[][] {{0, 2}},
                ForwardPass.fwdA(Activation.RELU, Matrix.of(new double[][] {{-1, 2}})).toArray());
    }

    @Test
    void notIndex_layersAreNumberedOneToLAndTheInputIsLayerZero() {
        ForwardPass forward = ForwardPass.of(Problems.xor(0));
        Trace trace = Backpropagation.trace(Problems.xor(0));
        for (IntFunction<?> perLayer : new IntFunction<?>[] {forward::preActivation, trace::error,
                trace::weightGradient, trace::biasGradient}) {
            assertThrows(IndexOutOfBoundsException.class, () -> perLayer.apply(0));
            assertThrows(IndexOutOfBoundsException.class, () -> perLayer.apply(3));
        }
        assertThrows(IndexOutOfBoundsException.class, () -> forward.activation(3));
        assertThrows(IndexOutOfBoundsException.class, () -> forward.activation(-1));
    }

    @Test
    void traceHandsOutCopiesOfTheBiasGradient() {
        Trace trace = Backpropagation.trace(Problems.xor(0.3));
        trace.biasGradient(2)[0] = 99;
        assertArrayEquals(new double[] {0.3}, trace.biasGradient(2), 1e-15);
    }

    @Test
    void lossMean_forwardLossIsTheBatchMean() {
        Problem problem = new Problem(null, Problems.xor(0).layers(), Loss.MSE, new double[][] {{1, 1}, {0, 1}},
                new double[][] {{2}, {1}});
        /* Outputs 0 and 1 against 2 and 1: (½·4 + 0)/2 = 1. */
        assertEquals(1, ForwardPass.of(problem).loss());
    }
}
