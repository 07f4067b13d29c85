package dev.bprop.conformance.internal.diagnose.model;

import static dev.bprop.conformance.internal.diagnose.model.Problems.batch;
import static dev.bprop.conformance.internal.diagnose.model.Problems.layer;
import static dev.bprop.conformance.internal.diagnose.model.Problems.predict;
import static dev.bprop.conformance.internal.diagnose.model.Problems.problem;
import static dev.bprop.conformance.internal.diagnose.model.Problems.unit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loss-scaling, unstable-loss and parameter models by hand. */
class LossAndParameterModelsTest {
    /** One identity unit, w = 1, x = 3, y = 1: a = 3, J = ½·2² = 2, δ = 2, ∂J/∂w = 6. */
    private static final Problem THREE = unit(Activation.IDENTITY, 1, 0, 3, 1);

    @Test
    void LOSS_MSE_theScaledLossesAndGradients() {
        assertScaled(4, 4, "mse-missing-half");
        assertScaled(2, 4, "mse-gradient-missing-half");
        assertScaled(1, 1, "mse-half-twice");
    }

    /** Two identity outputs, a = (3, 3), y = (1, 1): J = ½(4 + 4) = 4, δ = (2, 2); over n_L = 2 too: J = 2, δ = 1. */
    @Test
    void LOSS_MEAN_theSquaredErrorAveragedOverTheOutputs() {
        Problem problem = problem(List.of(layer(Activation.IDENTITY, new double[][] {{1}, {1}}, 0, 0)), Loss.MSE,
                new double[][] {{3}}, new double[][] {{1, 1}});
        Result result = predict("mse-divided-by-outputs", problem);
        assertEquals(2, result.loss());
        assertArrayEquals(new double[] {1, 1}, result.gradient(1).bias());
        assertArrayEquals(new double[][] {{3}, {3}}, result.gradient(1).weights());
        MlpModel model = Problems.model("mse-divided-by-outputs");
        assertFalse(model.applies().test(THREE));
        assertFalse(model.applies().test(problem(problem.layers(), Loss.CROSS_ENTROPY, problem.inputs(),
                problem.targets())));
    }

    @Test
    void BP1_theResidualSignFlipped() {
        Result result = predict("residual-sign-flipped", THREE);
        assertEquals(2, result.loss());
        assertEquals(-2, result.gradient(1).bias(0));
        assertEquals(-6, result.gradient(1).weight(0, 0));
    }

    /**
     * identity (w = 1, x = 2, a¹ = 2) under a softmax of z² = b² with cross entropy, y = (1, 0). At b² = (0, 0):
     * a² = (½, ½), J = −ln ½ = ln 2, δ² = a² − y = (−½, ½), ∂J/∂W² = δ²·a¹ = (−1, 1), as the spec's. At
     * b² = (1000, 0), e^1000 overflows: a²_0 = ∞/∞ = NaN and J = NaN, where the spec's shifted softmax gives 1.
     */
    @Test
    void LOSS_STABLE_softmaxWithoutTheShiftOverflows() {
        Result small = predict("softmax-without-shift", softmaxOver(0));
        assertEquals(Math.log(2), small.loss(), 1e-15);
        assertArrayEquals(new double[] {0.5, 0.5}, small.outputs()[0]);
        assertArrayEquals(new double[][] {{-1}, {1}}, small.gradient(2).weights());
        Result large = predict("softmax-without-shift", softmaxOver(1000));
        assertTrue(Double.isNaN(large.loss()));
        assertTrue(Double.isNaN(large.output(0, 0)));
        assertEquals(0, large.output(0, 1));
        assertFalse(Problems.model("softmax-without-shift").applies().test(THREE));
    }

    /** bce from σ: at z = 0, y = 1, J = −ln ½ = ln 2; at z = 40, σ(40) rounds to 1 and y = 0 gives −ln 0 = ∞. */
    @Test
    void LOSS_STABLE_bceFromTheComputedSigmoid() {
        Result zero = predict("bce-from-the-sigmoid", unit(Activation.SIGMOID, 1, 0, 0, 1,
                Loss.BINARY_CROSS_ENTROPY));
        assertEquals(Math.log(2), zero.loss(), 1e-15);
        assertEquals(-0.5, zero.gradient(1).bias(0));
        Result saturated = predict("bce-from-the-sigmoid", unit(Activation.SIGMOID, 1, 40, 0, 0,
                Loss.BINARY_CROSS_ENTROPY));
        assertEquals(Double.POSITIVE_INFINITY, saturated.loss());
        assertFalse(Problems.model("bce-from-the-sigmoid").applies().test(THREE));
    }

    /** w = 2, x = 1, y = 0: a = 2, δ = 2; ∂J/∂b left 0, ∂J/∂w = 2 kept. */
    @Test
    void BP3_theBiasGradientMissing() {
        Result result = predict("bias-gradient-missing", unit(Activation.IDENTITY, 2, 0, 1, 0));
        assertEquals(0, result.gradient(1).bias(0));
        assertEquals(2, result.gradient(1).weight(0, 0));
    }

    /** x = (1, 3), y = 0: δ_e = x_e/2 = (½, 3/2); BP3's sum 2, the last 3/2, the first ½; ∂J/∂w = ½ + 9/2 = 5. */
    @Test
    void BP3_theBiasGradientOfOneExample() {
        Problem problem = batch(1, 3);
        assertEquals(1.5, predict("bias-last-example-only", problem).gradient(1).bias(0));
        assertEquals(0.5, predict("bias-first-example-only", problem).gradient(1).bias(0));
        assertEquals(5, predict("bias-first-example-only", problem).gradient(1).weight(0, 0));
        assertFalse(Problems.model("bias-first-example-only").applies().test(batch(1)));
        assertFalse(Problems.model("bias-last-example-only").applies().test(batch(1)));
    }

    /**
     * W = (1, 2), x = (1, 1), y = 0: a = 3, δ = 3, BP4's ∂J/∂W = (3, 3). Found (3.5, 4) = (3, 3) + ½·W: λ = (½·1 + 1·2)
     * / (1 + 4) = ½ and the prediction is the found gradient. Found (4, 3): λ = (1·1 + 0·2)/5 = 0.2, predicting
     * (3.2, 3.4). With W = 0 there is nothing to fit: λ = 0.
     */
    @Test
    void BP4_weightDecayFittedByLeastSquares() {
        Problem problem = problem(List.of(layer(Activation.IDENTITY, new double[][] {{1, 2}}, 0)), Loss.MSE,
                new double[][] {{1, 1}}, new double[][] {{0}});
        MlpModel.Prediction exact = weightDecay(problem, 3.5, 4);
        assertEquals("λ = 0.5", exact.parameter());
        assertArrayEquals(new double[][] {{3.5, 4}}, exact.result().gradient(1).weights());
        assertArrayEquals(new double[] {3}, exact.result().gradient(1).bias());
        assertEquals(4.5, exact.result().loss());
        MlpModel.Prediction fitted = weightDecay(problem, 4, 3);
        assertEquals("λ = 0.2", fitted.parameter());
        assertArrayEquals(new double[] {3.2, 3.4}, fitted.result().gradient(1).weights()[0], 1e-15);
        Problem zero = problem(List.of(layer(Activation.IDENTITY, new double[][] {{0, 0}}, 1)), Loss.MSE,
                new double[][] {{1, 1}}, new double[][] {{0}});
        MlpModel.Prediction nothing = weightDecay(zero, 2, 2);
        assertEquals("λ = 0.0", nothing.parameter());
        assertArrayEquals(new double[][] {{1, 1}}, nothing.result().gradient(1).weights());
    }

    private static MlpModel.Prediction weightDecay(Problem problem, double w0, double w1) {
        Result found = new Result(0, new double[][] {{0}}, List.of(new LayerGradient(new double[][] {{w0, w1}},
                new double[] {0})));
        return Problems.model("weight-decay-added").predict().apply(problem, found);
    }

    private static Problem softmaxOver(double logit) {
        return problem(List.of(layer(Activation.IDENTITY, new double[][] {{1}}, 0),
                layer(Activation.SOFTMAX, new double[][] {{0}, {0}}, logit, 0)), Loss.CROSS_ENTROPY,
                new double[][] {{2}}, new double[][] {{1, 0}});
    }

    private static void assertScaled(double loss, double delta, String model) {
        Result result = predict(model, THREE);
        assertEquals(loss, result.loss(), model + " J");
        assertEquals(delta, result.gradient(1).bias(0), model + " δ");
        assertEquals(3 * delta, result.gradient(1).weight(0, 0), model + " ∂J/∂w");
        assertArrayEquals(new double[] {3}, result.outputs()[0], model + " a");
    }
}
