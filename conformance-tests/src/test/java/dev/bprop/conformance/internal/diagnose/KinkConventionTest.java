package dev.bprop.conformance.internal.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.oracle.bound.Precision;
import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The convention a probe shows (ACT-KINK): one unit with w = 1, x = 0, b = z on the kink, target y, so that
 * ∂J/∂b = (a − y)·g'(z) and the slope is found ∂J/∂b / (a − y).
 */
class KinkConventionTest {
    private static final String RULE = " (the right-hand derivative for z > 0, the left-hand one otherwise)";

    /** relu at 0, y = −1: a − y = 1, so the found ∂J/∂b is the slope. */
    @Test
    void ACT_KINK_reluSlopesNamed() {
        assertEquals(Optional.of("the library takes relu'(0.0) = 1.0, the right-hand derivative; ACT-KINK takes 0.0, "
                + "the left-hand one" + RULE), convention(Activation.RELU, 0, -1, 1));
        assertEquals(Optional.of("the library takes relu'(0.0) = 0.5, the mean of the one-sided slopes; ACT-KINK takes "
                + "0.0, the left-hand one" + RULE), convention(Activation.RELU, 0, -1, 0.5));
        assertEquals(Optional.of("the library takes relu'(0.0) = 0.3, neither one-sided derivative; ACT-KINK takes "
                + "0.0, the left-hand one" + RULE), convention(Activation.RELU, 0, -1, 0.3));
    }

    /** y = −2: a − y = 2, so ∂J/∂b = 2 is the slope 1 and ∂J/∂b = 1 the mean ½. */
    @Test
    void ACT_KINK_theSlopeIsTheBiasGradientOverTheResidual() {
        assertEquals("the library takes relu'(0.0) = 1.0, the right-hand derivative", convention(Activation.RELU, 0,
                -2, 2).orElseThrow().split(";")[0]);
        assertEquals("the library takes relu'(0.0) = 0.5, the mean of the one-sided slopes",
                convention(Activation.RELU, 0, -2, 1).orElseThrow().split(";")[0]);
    }

    /**
     * leaky_relu at 0 with its left-hand 0.1 (the loss changed so that the case fails) and the mean (0.1 + 1)/2;
     * hardtanh at +1 (a − y = 1 − 2 = −1), where the left-hand slope is 1 and ACT-KINK takes the right-hand 0, and
     * at −1 (a − y = −1 + 2 = 1).
     */
    @Test
    void ACT_KINK_leakyReluAndHardtanhSlopesNamed() {
        Problem leaky = probe(Activation.LEAKY_RELU, 0, -1);
        Result leftHand = new Result(0.75, new double[][] {{0}}, List.of(new LayerGradient(new double[][] {{0}},
                new double[] {0.1})));
        assertEquals(Optional.of("the library takes leaky_relu'(0.0) = 0.1, the left-hand derivative; ACT-KINK takes "
                + "0.1, the left-hand one" + RULE), KinkConvention.of(leaky, leftHand, MlpComparison.of(leaky,
                        result(0, 0.5, 0.1), leftHand, Sides.referenceAgainst(Precision.FLOAT64))));
        assertEquals("the library takes leaky_relu'(0.0) = 0.55, the mean of the one-sided slopes",
                convention(Activation.LEAKY_RELU, 0, -1, 0.55).orElseThrow().split(";")[0]);
        assertEquals(Optional.of("the library takes hardtanh'(1.0) = 1.0, the left-hand derivative; ACT-KINK takes "
                + "0.0, the right-hand one" + RULE), convention(Activation.HARDTANH, 1, 2, -1));
        assertEquals(Optional.of("the library takes hardtanh'(-1.0) = 1.0, the right-hand derivative; ACT-KINK takes "
                + "0.0, the left-hand one" + RULE), convention(Activation.HARDTANH, -1, -2, 1));
    }

    /**
     * A slope 10^−6 from the mean ½ is the mean for a float32 implementation (its own rounding 2^−16·½ ≈ 7.6·10^−6,
     * KIT-DIAGNOSIS) and neither slope for a float64 one.
     */
    @Test
    void KIT_DIAGNOSIS_aSlopeIsReadInTheImplementationsPrecision() {
        Problem relu = probe(Activation.RELU, 0, -1);
        Result found = result(0, 0.5, 0.500001);
        assertEquals("the library takes relu'(0.0) = 0.500001, the mean of the one-sided slopes", KinkConvention.of(
                relu, found, MlpComparison.of(relu, result(0, 0.5, 0), found, Sides.referenceAgainst(
                        Precision.FLOAT32))).orElseThrow().split(";")[0]);
        assertEquals("the library takes relu'(0.0) = 0.500001, neither one-sided derivative",
                convention(Activation.RELU, 0, -1, 0.500001).orElseThrow().split(";")[0]);
    }

    /** Two layers, two units, two examples, a smooth activation, or no numbers compared: not a probe to read. */
    @Test
    void ACT_KINK_onlyAProbeIsRead() {
        Problem relu = probe(Activation.RELU, 0, -1);
        Result found = result(0, 0.5, 1);
        MlpComparison comparison = MlpComparison.of(relu, result(0, 0.5, 0), found, Sides.referenceAgainst(
                Precision.FLOAT64));
        Layer unit = new Layer(Activation.RELU, new double[][] {{1}}, new double[] {0});
        Problem deep = new Problem("deep", List.of(unit, unit), Loss.MSE, new double[][] {{0}}, new double[][] {{-1}});
        Problem wide = new Problem("wide", List.of(new Layer(Activation.RELU, new double[][] {{1}, {1}},
                new double[] {0, 0})), Loss.MSE, new double[][] {{0}}, new double[][] {{-1, -1}});
        Problem batch = new Problem("batch", List.of(unit), Loss.MSE, new double[][] {{0}, {0}},
                new double[][] {{-1}, {-1}});
        assertEquals(Optional.empty(), KinkConvention.of(deep, found, comparison));
        assertEquals(Optional.empty(), KinkConvention.of(wide, found, comparison));
        assertEquals(Optional.empty(), KinkConvention.of(batch, found, comparison));
        assertEquals(Optional.empty(), convention(Activation.SIGMOID, 0, -1, 1));
        assertEquals(Optional.empty(), KinkConvention.of(relu, found, MlpComparison.of(relu, found, found,
                Sides.referenceAgainst(Precision.FLOAT64))));
    }

    private static Optional<String> convention(Activation activation, double kink, double target, double bias) {
        Problem probe = probe(activation, kink, target);
        double a = activation == Activation.HARDTANH ? kink : 0;
        Result found = result(a, 0.5 * (a - target) * (a - target), bias);
        Result expected = result(a, 0.5 * (a - target) * (a - target), bias + 1);
        return KinkConvention.of(probe, found, MlpComparison.of(probe, expected, found, Sides.referenceAgainst(
                Precision.FLOAT64)));
    }

    private static Problem probe(Activation activation, double kink, double target) {
        return new Problem("probe", List.of(new Layer(activation, new double[][] {{1}}, new double[] {kink})),
                Loss.MSE, new double[][] {{0}}, new double[][] {{target}});
    }

    /** The probe's result: output a, loss J, ∂J/∂b; ∂J/∂w = ∂J/∂b·x = 0. */
    private static Result result(double a, double loss, double bias) {
        return new Result(loss, new double[][] {{a}}, List.of(new LayerGradient(new double[][] {{0}},
                new double[] {bias})));
    }
}
