package dev.bprop.reference.mlp;

import static dev.bprop.reference.mlp.XorExamplesTest.assertMatrixEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bprop.spec.mlp.Activation;
import org.junit.jupiter.api.Test;

/** The activations of clause ACT, their derivatives, the kinks (ACT-KINK) and saturation. */
class ActivationsTest {
    private static final ElementwiseActivation IDENTITY = ElementwiseActivation.IDENTITY;
    private static final ElementwiseActivation SIGMOID = ElementwiseActivation.SIGMOID;
    private static final ElementwiseActivation TANH = ElementwiseActivation.TANH;
    private static final ElementwiseActivation HARDTANH = ElementwiseActivation.HARDTANH;
    private static final ElementwiseActivation RELU = ElementwiseActivation.RELU;
    private static final ElementwiseActivation LEAKY_RELU = ElementwiseActivation.LEAKY_RELU;

    @Test
    void actIdentity_isZWithDerivativeOne() {
        assertEquals(-2.5, IDENTITY.value(-2.5));
        assertEquals(1, IDENTITY.derivative(-2.5));
    }

    /* σ(0) = 1/2, σ'(0) = 1/4; σ(ln 3) = 1/(1 + 1/3) = 3/4, σ(−ln 3) = 1/4, σ'(ln 3) = 3/16. */
    @Test
    void actSigmoid_valuesAndDerivativeAtHandPoints() {
        assertEquals(0.5, SIGMOID.value(0));
        assertEquals(0.25, SIGMOID.derivative(0));
        assertEquals(0.75, SIGMOID.value(Math.log(3)), 1e-15);
        assertEquals(0.25, SIGMOID.value(-Math.log(3)), 1e-15);
        assertEquals(3.0 / 16, SIGMOID.derivative(Math.log(3)), 1e-15);
        assertEquals(3.0 / 16, SIGMOID.derivative(-Math.log(3)), 1e-15);
    }

    /*
     * σ(−720) = e^(−720)/(1 + e^(−720)) = e^(−720) in doubles, a subnormal the sign-split form keeps; the naive
     * 1/(1 + e^720) would give 1/∞ = 0. σ'(40) = e^(−40)/(1 + e^(−40))², which is e^(−40) to within 1e−17
     * relative, where σ(40)(1 − σ(40)) would cancel to 0.
     */
    @Test
    void actSigmoid_saturatedValuesKeepTheirDigitsAndDerivativeIsNeverNaN() {
        assertEquals(Math.exp(-720), SIGMOID.value(-720));
        assertEquals(1, SIGMOID.value(720));
        assertEquals(Math.exp(-40), SIGMOID.derivative(40), 1e-15 * Math.exp(-40));
        assertEquals(Math.exp(-40), SIGMOID.derivative(-40), 1e-15 * Math.exp(-40));
        assertEquals(0, SIGMOID.derivative(1000));
        assertEquals(0, SIGMOID.derivative(-1000));
    }

    /* tanh'(z) = 1/cosh² z: tanh'(0) = 1; tanh'(20) = 4/(e^20 + e^(−20))² = 4e^(−40) to 1e−17; tanh'(±1000) = 0. */
    @Test
    void actTanh_valuesAndDerivativeIncludingSaturation() {
        assertEquals(Math.tanh(0.5), TANH.value(0.5));
        assertEquals(1, TANH.derivative(0));
        double tanhHalf = Math.tanh(0.5);
        assertEquals(1 - tanhHalf * tanhHalf, TANH.derivative(0.5), 1e-15);
        assertEquals(4 * Math.exp(-40), TANH.derivative(20), 1e-14 * Math.exp(-40));
        assertEquals(0, TANH.derivative(1000));
        assertEquals(0, TANH.derivative(-1000));
    }

    /*
     * The derivative's form 4t/(1 + t)², t = e^(−2|z|), against the definition 1/cosh² z with StrictMath's cosh,
     * from |z| = 1e−6 to 300 on both sides (cosh² overflows beyond about 355): within 8 ulps everywhere.
     */
    @Test
    void actTanh_derivativeAgreesWithOneOverCoshSquaredOnBothSides() {
        for (double magnitude = 1e-6; magnitude < 300; magnitude *= 1.37) {
            for (double z : new double[] {magnitude, -magnitude}) {
                double cosh = StrictMath.cosh(z);
                double expected = 1 / (cosh * cosh);
                assertEquals(expected, TANH.derivative(z), 8 * Math.ulp(expected), "tanh'(" + z + ")");
            }
        }
    }

    @Test
    void actHardtanh_clipsToMinusOneOneAndActKinkGivesZeroDerivativeAtBothKinks() {
        assertEquals(-1, HARDTANH.value(-3));
        assertEquals(0.5, HARDTANH.value(0.5));
        assertEquals(1, HARDTANH.value(3));
        assertEquals(0, HARDTANH.derivative(-1.5));
        assertEquals(0, HARDTANH.derivative(-1));
        assertEquals(1, HARDTANH.derivative(-0.999));
        assertEquals(1, HARDTANH.derivative(0.999));
        assertEquals(0, HARDTANH.derivative(1));
        assertEquals(0, HARDTANH.derivative(1.5));
    }

    @Test
    void actRelu_isMaxOfZeroAndZAndActKinkGivesReluPrimeOfZeroZero() {
        assertEquals(0, RELU.value(-2));
        assertEquals(3, RELU.value(3));
        assertEquals(0, RELU.derivative(-2));
        assertEquals(0, RELU.derivative(0));
        assertEquals(1, RELU.derivative(Double.MIN_VALUE));
    }

    @Test
    void actLeakyRelu_hasSlopeOneTenthBelowZeroAndActKinkGivesOneTenthAtZero() {
        assertEquals(-0.2, LEAKY_RELU.value(-2), 1e-17);
        assertEquals(3, LEAKY_RELU.value(3));
        assertEquals(0.1, LEAKY_RELU.derivative(-2));
        assertEquals(0.1, LEAKY_RELU.derivative(0));
        assertEquals(1, LEAKY_RELU.derivative(Double.MIN_VALUE));
    }

    /*
     * softmax(0, ln 3) = (1, 3)/4; softmax(1000, −1000) = (1, e^(−2000)) = (1, 0). Shifted by the largest logit:
     * ln(e^(−ln 3) + e^0) = ln(4/3); ln(e^0 + e^0) = ln 2 at ±1000.
     */
    @Test
    void actSoftmax_isStableForLogitsOfMagnitude1000() {
        assertArrayEquals(new double[] {0.25, 0.75}, Softmax.of(new double[] {0, Math.log(3)}), 1e-15);
        assertArrayEquals(new double[] {1, 0}, Softmax.of(new double[] {1000, -1000}));
        assertArrayEquals(new double[] {0.5, 0.5}, Softmax.of(new double[] {1000, 1000}));
        assertEquals(Math.log(4.0 / 3), Softmax.logSumOfShiftedExps(new double[] {0, Math.log(3)}, Math.log(3)), 1e-15);
        assertEquals(Math.log(2), Softmax.logSumOfShiftedExps(new double[] {1000, 1000}, 1000));
        assertEquals(Math.log(2), Softmax.logSumOfShiftedExps(new double[] {-1000, -1000}, -1000));
        assertEquals(1e17, Softmax.max(new double[] {-1, 1e17, 3}));
    }

    @Test
    void fwdA_appliesSoftmaxRowByRowAndTheOthersEntryByEntry() {
        Matrix z = Matrix.of(new double[][] {{0, Math.log(3)}, {-1, 2}});
        /* Row (−1, 2): (e^(−1), e^2)/(e^(−1) + e^2) = (1/(1 + e^3), 1/(1 + e^(−3))). */
        Matrix softmax = Activations.apply(Activation.SOFTMAX, z);
        assertArrayEquals(new double[] {0.25, 0.75}, softmax.row(0), 1e-15);
        assertArrayEquals(new double[] {1 / (1 + Math.exp(3)), 1 / (1 + Math.exp(-3))}, softmax.row(1), 1e-15);
        assertMatrixEquals(new double[][] {{0, Math.log(3)}, {0, 2}}, Activations.apply(Activation.RELU, z).toArray());
        assertMatrixEquals(new double[][] {{0, 1}, {0, 1}}, Activations.derivative(Activation.RELU, z).toArray());
        for (Activation activation : Activation.values()) {
            if (activation != Activation.SOFTMAX) {
                assertEquals(activation.name(), Activations.elementwise(activation).name());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Activations.elementwise(Activation.SOFTMAX));
    }
}
