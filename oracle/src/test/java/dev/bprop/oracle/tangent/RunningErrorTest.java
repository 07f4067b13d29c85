package dev.bprop.oracle.tangent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import org.junit.jupiter.api.Test;

/**
 * CMP-TOLERANCE's running error E/u and running-error depth K = max E/(u·V) of the matrix route, operation by
 * operation on small signals whose K exceeds the operations' count, each number worked by hand in the Javadoc.
 * The inputs carry K_in·u·V of error already, so every E = Σ |∂c/∂a|·E_a + V_c below starts from E_a = K_in·V_a.
 */
class RunningErrorTest {
    private static final double LN2 = Math.log(2);

    /**
     * Max-shifted exponentials of z = (0, 0) with V_z = (1, 1) and K = 2: s = 0, V_s = 1 + 1 = 2,
     * ε = 1, V_ε = ε·(1 + V_s) = 3, E_ε = ε·(K + 1)·V_s + V_ε = 6 + 3 = 9, so E_ε/V_ε = 3 = K + 1.
     */
    @Test
    void cmpTolerance_shiftedExponentialsCarryTheLogitsError() {
        Shifted shifted = Shifted.exponentials(logits(new double[] {0, 0}, new double[] {1, 1}, 2), 0);
        assertArrayEquals(new double[] {3, 3}, shifted.magnitude());
        assertArrayEquals(new double[] {9, 9}, shifted.error());
        assertEquals(3.0, shifted.runningDepth());
    }

    /**
     * With V_z = (½, ½) and K = 2 the shift s = z − z_M is the deepest operation: E_s/V_s = K + 1 = 3, while
     * V_s = 1, V_ε = 2, E_ε = 1·3·1 + 2 = 5 and E_ε/V_ε = 2.5.
     */
    @Test
    void cmpTolerance_theShiftItselfCanBeTheDeepest() {
        Shifted shifted = Shifted.exponentials(logits(new double[] {0, 0}, new double[] {0.5, 0.5}, 2), 0);
        assertArrayEquals(new double[] {5, 5}, shifted.error());
        assertEquals(3.0, shifted.runningDepth());
    }

    /**
     * Softmax of the same z (V_z = (1, 1), K = 2): Σ = 2, V_Σ = 6, E_Σ = 9 + 9 + n·V_Σ = 30 (E_Σ/V_Σ = 5);
     * a_k = ½, V_a = 3/2, E_a = E_ε/Σ + (ε/Σ²)·E_Σ + V_a = 4.5 + 7.5 + 1.5 = 13.5, so K = 13.5/1.5 = 9.
     */
    @Test
    void cmpTolerance_softmaxRaisesTheRunningDepthByItsQuotient() {
        Signal a = ActivationTangent.apply(Activation.SOFTMAX, logits(new double[] {0, 0}, new double[] {1, 1}, 2));
        assertArrayEquals(new double[] {0.5, 0.5}, a.value()[0]);
        assertArrayEquals(new double[] {1.5, 1.5}, a.magnitude()[0]);
        assertEquals(9.0, a.runningDepth());
    }

    /** A branch that passes z on (identity) rounds nothing: K stays 2; tanh's one operation gives K + 1 = 3. */
    @Test
    void cmpTolerance_anIdentityKeepsTheDepthAndTanhAddsOne() {
        Signal z = logits(new double[] {0, 0}, new double[] {1, 1}, 2);
        assertEquals(2.0, ActivationTangent.apply(Activation.IDENTITY, z).runningDepth());
        assertEquals(3.0, ActivationTangent.apply(Activation.TANH, z).runningDepth());
    }

    /**
     * LOSS-MSE for a = 3 with V_a = 3, K = 2, y = 1: r = 2, V_r = 4, E_r = K·V_a + V_r = 10; r·r has V = 16 and
     * E = 2·|r|·E_r + V_r² = 56; the sum of one square adds n·V = 16: E_Σ = 72 (E/V = 4.5); ½·Σ has V = 8 and
     * E = 72/2 + 16/2 = 44, K = 44/8 = 5.5.
     */
    @Test
    void cmpTolerance_halfSquaredErrorByHand() {
        LossTangent.Scalar loss = LossTangent.halfSquaredError(logits(new double[] {3}, new double[] {3}, 2), 0,
                new double[] {1});
        assertEquals(2.0, loss.value());
        assertEquals(8.0, loss.magnitude());
        assertEquals(44.0, loss.error());
        assertEquals(5.5, loss.runningDepth());
    }

    /**
     * LOSS-MEAN over m = 2 copies of the loss above: Σ ℓ_e has V = 16 and E = 44 + 44 + m·V = 120 (E/V = 7.5);
     * J = Σ/m has V = 8 and E = 120/2 + 16/2 = 68, K = 68/8 = 8.5.
     */
    @Test
    void cmpTolerance_theBatchMeanAddsItsSumAndQuotient() {
        Signal twice = new Signal(new double[][] {{3}, {3}}, new double[2][1], new double[][] {{3}, {3}},
                new double[2][1], 2);
        LossTangent.Scalar j = LossTangent.of(Loss.MSE, twice, twice, new double[][] {{1}, {1}});
        assertEquals(2.0, j.value());
        assertEquals(8.0, j.magnitude());
        assertEquals(68.0, j.error());
        assertEquals(8.5, j.runningDepth());
    }

    /**
     * LOSS-CE by log-sum-exp at z = (0, 0), V_z = (1, 1), K = 2, y = (1, 2) (mass 3): from the exponentials above
     * Σ = 2, V_Σ = 6, E_Σ = n·V_Σ + 9 + 9 = 30. The weighted sum Σ y_k s_k: V = 1·2 + 2·2 = 6, E = Σ_k (|y_k|·(K + 1)·V_s
     * + |y_k|·V_s) + n·V = 8 + 16 + 12 = 36. ln Σ = ln 2: V = ln 2 + V_Σ/Σ = 3 + ln 2, E = E_Σ/Σ + V = 18 + ln 2.
     * The mass: V = 3, E = n·V = 6. mass·ln Σ: V = 9 + 3 ln 2, E = ln 2·6 + 3·(18 + ln 2) + 9 + 3 ln 2 = 63 + 12 ln 2.
     * ℓ = mass·ln Σ − weighted: V = 15 + 3 ln 2, E = 63 + 12 ln 2 + 36 + 15 + 3 ln 2 = 114 + 15 ln 2, and that
     * ratio, about 7.28, is the deepest (the product's is about 6.44).
     */
    @Test
    void cmpTolerance_crossEntropyByHand() {
        LossTangent.Scalar loss = LossTangent.crossEntropy(logits(new double[] {0, 0}, new double[] {1, 1}, 2), 0,
                new double[] {1, 2});
        assertEquals(3 * LN2, loss.value(), 1e-15);
        assertEquals(15 + 3 * LN2, loss.magnitude(), 1e-13);
        assertEquals(114 + 15 * LN2, loss.error(), 1e-12);
        assertEquals((114 + 15 * LN2) / (15 + 3 * LN2), loss.runningDepth(), 1e-13);
    }

    /**
     * LOSS-BCE at z = 0 with V_z = 2, K = 3, y = ½: σ = ½, softplus = ln 2 with V = max(ln 2, 1) + σ·V_z = 2 and
     * E = σ·K·V_z + V = 3 + 2 = 5; y·z has V = 1, E = ½·6 + 1 = 4; their difference V = 3, E = 5 + 4 + 3 = 12; the
     * sum of one term adds n·V = 3: E = 15, K = 15/3 = 5.
     */
    @Test
    void cmpTolerance_binaryCrossEntropyByHand() {
        LossTangent.Scalar loss = LossTangent.binaryCrossEntropy(logits(new double[] {0}, new double[] {2}, 3), 0,
                new double[] {0.5});
        assertEquals(LN2, loss.value(), 1e-16);
        assertEquals(3.0, loss.magnitude());
        assertEquals(15.0, loss.error());
        assertEquals(5.0, loss.runningDepth());
    }

    /** E/(u·V) of a value of magnitude 0 is 0: it has no rounding to carry. */
    @Test
    void cmpTolerance_aZeroMagnitudeHasDepthZero() {
        assertEquals(0.0, Ratio.of(5, 0));
        assertEquals(2.5, Ratio.of(5, 2));
    }

    /** One example of logits z with magnitudes V_z, tangents 0 and running-error depth K. */
    private static Signal logits(double[] z, double[] magnitude, double k) {
        return new Signal(new double[][] {z}, new double[1][z.length], new double[][] {magnitude},
                new double[1][z.length], k);
    }
}
