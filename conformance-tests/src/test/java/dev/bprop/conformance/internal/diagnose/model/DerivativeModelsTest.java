package dev.bprop.conformance.internal.diagnose.model;

import static dev.bprop.conformance.internal.diagnose.model.Problems.layer;
import static dev.bprop.conformance.internal.diagnose.model.Problems.predict;
import static dev.bprop.conformance.internal.diagnose.model.Problems.problem;
import static dev.bprop.conformance.internal.diagnose.model.Problems.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The derivative models, each on one unit (or two layers) by hand. On one unit under mse with one example,
 * ∂J/∂b = δ = (a − y)·g'(z) and ∂J/∂w = δ·x, so a model's g' shows directly in δ.
 */
class DerivativeModelsTest {
    private static final double EXACT = 0;
    private static final double ROUNDING = 1e-15;

    /** z = 0.5·2 + 2 = 3, s = σ(3), y = 0: δ = s·g'. */
    @Test
    void ACT_SIGMOID_eachWrongDerivativeShowsInDelta() {
        Problem problem = unit(Activation.SIGMOID, 0.5, 2, 2, 0);
        double s = 1 / (1 + Math.exp(-3));
        double sOfS = 1 / (1 + Math.exp(-s));
        assertDelta(s * sOfS * (1 - sOfS), 2, predict("sigmoid-derivative-at-activation", problem), ROUNDING);
        assertDelta(s * (1 - s), 2, predict("sigmoid-derivative-one-minus-a", problem), ROUNDING);
        assertDelta(s * 3 * (1 - 3), 2, predict("sigmoid-derivative-of-z", problem), 4 * ROUNDING);
    }

    /**
     * A derivative model changes its own activation's g' only: sigmoid over identity, x = 0, w² = 2, y = 0: a¹ = ½,
     * a² = 1, δ² = 1·identity' = 1 as in the spec, and δ¹ = 2·1·(1 − ½) = 1 with σ' taken as 1 − a.
     */
    @Test
    void ACT_SIGMOID_theOtherLayersKeepTheirDerivatives() {
        Result result = predict("sigmoid-derivative-one-minus-a", problem(List.of(layer(Activation.SIGMOID,
                new double[][] {{1}}, 0), layer(Activation.IDENTITY, new double[][] {{2}}, 0)), Loss.MSE,
                new double[][] {{0}}, new double[][] {{0}}));
        assertEquals(1, result.gradient(2).bias(0));
        assertEquals(1, result.gradient(1).bias(0));
    }

    /** z = 0.25·2 = 0.5, t = tanh 0.5, y = 0: δ = t·g'. */
    @Test
    void ACT_TANH_eachWrongDerivativeShowsInDelta() {
        Problem problem = unit(Activation.TANH, 0.25, 0, 2, 0);
        double t = Math.tanh(0.5);
        assertDelta(t / (Math.cosh(t) * Math.cosh(t)), 2, predict("tanh-derivative-at-activation", problem),
                ROUNDING);
        assertDelta(t * (1 - 0.25), 2, predict("tanh-derivative-one-minus-z-squared", problem), ROUNDING);
        assertDelta(t * (1 - t) * (1 - t), 2, predict("tanh-derivative-one-minus-a-all-squared", problem),
                ROUNDING);
        assertDelta(t * (1 - t), 2, predict("tanh-derivative-one-minus-a", problem), ROUNDING);
    }

    /** relu'(−2) taken as 1: a = 0, y = 1, δ = −1 (the spec's 0); relu'(3) taken as a = 3: δ = (3 − 1)·3 = 6. */
    @Test
    void ACT_RELU_eachWrongDerivativeShowsInDelta() {
        assertDelta(-1, 1, predict("relu-derivative-one", unit(Activation.RELU, 1, -3, 1, 1)), EXACT);
        assertDelta(6, 1, predict("relu-derivative-is-value", unit(Activation.RELU, 1, 2, 1, 1)), EXACT);
    }

    /**
     * z = −2: a = −0.2, a − y = −1.2 with y = 1, so δ = −1.2·slope; z = 0 (a kink, the left-hand slope): δ =
     * −1·slope; z = 3: a − y = 2 and the slope 1 in every model.
     */
    @Test
    void ACT_LEAKY_RELU_eachWrongSlopeShowsInDelta() {
        Problem negative = unit(Activation.LEAKY_RELU, 1, -3, 1, 1);
        Problem kink = unit(Activation.LEAKY_RELU, 1, 0, 0, 1);
        Problem positive = unit(Activation.LEAKY_RELU, 1, 2, 1, 1);
        assertDelta(-1.2 * 0.01, 1, predict("leaky-relu-slope-0.01", negative), ROUNDING);
        assertDelta(-0.01, 0, predict("leaky-relu-slope-0.01", kink), EXACT);
        assertDelta(2, 1, predict("leaky-relu-slope-0.01", positive), EXACT);
        assertDelta(0, 1, predict("leaky-relu-slope-zero", negative), EXACT);
        assertDelta(0, 0, predict("leaky-relu-slope-zero", kink), EXACT);
        assertDelta(2, 1, predict("leaky-relu-slope-zero", positive), EXACT);
        assertDelta(-1.2 * 0.100000001490116119384765625, 1, predict("leaky-relu-slope-float", negative), ROUNDING);
        assertDelta(2, 1, predict("leaky-relu-slope-float", positive), EXACT);
        assertDelta(-0.100000001490116119384765625, 0, predict("leaky-relu-slope-float", kink), EXACT);
    }

    /** z = 2: a = 1, y = 0, δ = 1·1 (the spec's 0); z = 0.5: a = 0.5, δ = 0.5·(1 − 0.25) = 0.375. */
    @Test
    void ACT_HARDTANH_eachWrongDerivativeShowsInDelta() {
        assertDelta(1, 1, predict("hardtanh-derivative-one", unit(Activation.HARDTANH, 1, 1, 1, 0)), EXACT);
        assertDelta(0.375, 1, predict("hardtanh-derivative-of-tanh", unit(Activation.HARDTANH, 1, -0.5, 1, 0)),
                EXACT);
    }

    /**
     * Softmax over z = (0, 0) under mse, y = (1, 0): a = (½, ½), g = a − y = (−½, ½), Σ a_k g_k = 0, so BP1-JACOBIAN
     * gives δ = a·g = (−¼, ¼); the diagonal a(1 − a)·g = (−⅛, ⅛); without the Jacobian δ = g.
     */
    @Test
    void BP1_JACOBIAN_theCutJacobiansShowInDelta() {
        Problem problem = problem(List.of(layer(Activation.SOFTMAX, new double[][] {{0}, {0}}, 0, 0)), Loss.MSE,
                new double[][] {{1}}, new double[][] {{1, 0}});
        assertEquals(List.of(-0.125, 0.125), bias(predict("softmax-jacobian-diagonal", problem), 1));
        assertEquals(List.of(-0.5, 0.5), bias(predict("softmax-jacobian-dropped", problem), 1));
        assertFalse(Problems.model("softmax-jacobian-dropped").applies().test(problem(problem.layers(),
                Loss.CROSS_ENTROPY, problem.inputs(), problem.targets())));
        assertFalse(Problems.model("softmax-jacobian-diagonal").applies().test(unit(Activation.IDENTITY, 1, 0, 1, 0)));
    }

    /** Sigmoid and bce, z = 0.5·2 − 1 = 0, y = 1: δ = a − y = −½ becomes −½·σ'(0) = −⅛, and ∂J/∂w = 2δ. */
    @Test
    void BP1_SIGMOID_BCE_theCancelledDerivativeAppliedAgain() {
        Problem problem = unit(Activation.SIGMOID, 0.5, -1, 2, 1, Loss.BINARY_CROSS_ENTROPY);
        assertDelta(-0.125, 2, predict("output-derivative-applied-twice", problem), EXACT);
        assertFalse(Problems.model("output-derivative-applied-twice").applies()
                .test(unit(Activation.SIGMOID, 0.5, -1, 2, 1)));
    }

    /**
     * relu over identity: z¹ = −1, a¹ = 0, z² = a² = 2·0 + 0.5, δ² = 0.5; the spec's δ¹ = 2·0.5·relu'(−1) = 0, the
     * model's 2·0.5·identity' = 1, so ∂J/∂b¹ = 1 and ∂J/∂w¹ = δ¹·x = −1. Under a softmax layer the model takes the
     * identity's derivative: δ² = (−¼, ¼) as above, (W²)ᵀδ² = −¼ + 3·¼ = ½ = δ¹.
     */
    @Test
    void BP2_theDerivativeOfTheLayerAbove() {
        Problem identityAbove = problem(List.of(layer(Activation.RELU, new double[][] {{1}}, 0),
                layer(Activation.IDENTITY, new double[][] {{2}}, 0.5)), Loss.MSE, new double[][] {{-1}},
                new double[][] {{0}});
        Result result = predict("derivative-of-the-layer-above", identityAbove);
        assertEquals(1, result.gradient(1).bias(0));
        assertEquals(-1, result.gradient(1).weight(0, 0));
        assertEquals(0.5, result.gradient(2).bias(0));
        Problem softmaxAbove = problem(List.of(layer(Activation.RELU, new double[][] {{1}}, 0),
                layer(Activation.SOFTMAX, new double[][] {{1}, {3}}, 0, 0)), Loss.MSE, new double[][] {{-1}},
                new double[][] {{1, 0}});
        assertEquals(0.5, predict("derivative-of-the-layer-above", softmaxAbove).gradient(1).bias(0));
        // identity under relu: x = −1, z¹ = −1, z² = −1·−1 = 1, δ² = 1; relu'(z¹) = 0 where the spec's identity' = 1.
        Problem reluAbove = problem(List.of(layer(Activation.IDENTITY, new double[][] {{1}}, 0),
                layer(Activation.RELU, new double[][] {{-1}}, 0)), Loss.MSE, new double[][] {{-1}},
                new double[][] {{0}});
        assertEquals(0, predict("derivative-of-the-layer-above", reluAbove).gradient(1).bias(0), EXACT);
    }

    /**
     * tanh over identity, m = 3, z¹ = x = (200, 0.5, 300), y = 0: a¹ = a² = (1, t, 1), t = tanh 0.5, δ²_e = a²_e/3.
     * The model's g'(z¹_e): 0 for e = 0 (no earlier unsaturated example), d = 1/cosh²(0.5) for e = 1, and for
     * e = 2 the cached d of e = 1. ∂J/∂b¹ = d·t/3 + d/3, ∂J/∂w¹ = d·t/3·0.5 + d/3·300.
     */
    @Test
    void BP2_aStaleDerivativeForSaturatedUnits() {
        Problem problem = problem(List.of(layer(Activation.TANH, new double[][] {{1}}, 0),
                layer(Activation.IDENTITY, new double[][] {{1}}, 0)), Loss.MSE, new double[][] {{200}, {0.5}, {300}},
                new double[][] {{0}, {0}, {0}});
        double t = Math.tanh(0.5);
        double d = 1 / (Math.cosh(0.5) * Math.cosh(0.5));
        Result result = predict("stale-derivative-when-saturated", problem);
        assertEquals(d * t / 3 + d / 3, result.gradient(1).bias(0), ROUNDING);
        assertEquals(d * t / 3 * 0.5 + d / 3 * 300, result.gradient(1).weight(0, 0), 300 * ROUNDING);
        // x = (0.5, 100, 200): e = 0 its own d, e = 1 (|z| = 100 is not saturated) its own g'(100) = 1/cosh²(100),
        // e = 2 the cached g'(100); both of order 10^−87, so ∂J/∂b¹ = d·t/3 to rounding.
        Problem unsaturatedFirst = problem(problem.layers(), Loss.MSE, new double[][] {{0.5}, {100}, {200}},
                new double[][] {{0}, {0}, {0}});
        assertEquals(d * t / 3, predict("stale-derivative-when-saturated", unsaturatedFirst).gradient(1).bias(0),
                ROUNDING);
        MlpModel model = Problems.model("stale-derivative-when-saturated");
        assertFalse(model.applies().test(problem(problem.layers(), Loss.MSE, new double[][] {{1}},
                new double[][] {{0}})));
        assertFalse(model.applies().test(unit(Activation.TANH, 1, 0, 1, 0)));
    }

    /** z = 1·0.1 + 0 rounded to float: a = δ = 0.100000001490116…, the loss ½a². */
    @Test
    void KIT_PRECISION_preActivationsRoundedToFloat() {
        Result result = predict("pre-activations-in-float32", unit(Activation.IDENTITY, 1, 0, 0.1, 0));
        double a = 0.100000001490116119384765625;
        assertEquals(a, result.output(0, 0));
        assertEquals(a, result.gradient(1).bias(0));
        assertEquals(0.5 * a * a, result.loss(), ROUNDING);
    }

    /** A derivative model applies where the backward pass takes its g': hidden, or the last layer under mse. */
    @Test
    void KIT_DIAGNOSIS_aDerivativeModelAppliesWhereItsDerivativeIsTaken() {
        MlpModel sigmoid = Problems.model("sigmoid-derivative-one-minus-a");
        assertTrue(sigmoid.applies().test(unit(Activation.SIGMOID, 1, 0, 1, 0)));
        assertFalse(sigmoid.applies().test(unit(Activation.SIGMOID, 1, 0, 1, 0, Loss.BINARY_CROSS_ENTROPY)));
        assertFalse(sigmoid.applies().test(unit(Activation.TANH, 1, 0, 1, 0)));
        assertTrue(sigmoid.applies().test(problem(List.of(layer(Activation.SIGMOID, new double[][] {{1}}, 0),
                layer(Activation.SIGMOID, new double[][] {{1}}, 0)), Loss.BINARY_CROSS_ENTROPY,
                new double[][] {{1}}, new double[][] {{0}})));
        assertEquals("ACT-LEAKY-RELU", Problems.model("leaky-relu-slope-zero").clause());
        assertEquals("ACT-SIGMOID", sigmoid.clause());
    }

    private static void assertDelta(double delta, double x, Result result, double tolerance) {
        assertEquals(delta, result.gradient(1).bias(0), tolerance, "∂J/∂b");
        assertEquals(delta * x, result.gradient(1).weight(0, 0), tolerance, "∂J/∂w");
    }

    private static List<Double> bias(Result result, int l) {
        return java.util.Arrays.stream(result.gradient(l).bias()).boxed().toList();
    }
}
