package dev.bprop.oracle.tangent;

import dev.bprop.oracle.bound.BoundedFunction;
import dev.bprop.spec.mlp.Activation;

/**
 * FWD-A, a^l = g^l(z^l), in the four numbers of a {@link Signal}: ȧ = g'(z)·ż entry by entry (softmax: its
 * Jacobian-vector product), and the magnitudes exactly as the tape of {@code bound.Tape} records the same formulas.
 *
 * <p>For a smooth function c = φ(z) (tanh, sigmoid, and exp inside softmax) clause CMP-TOLERANCE gives
 * V_c = |φ(z)| + |φ'(z)|·V_z and the partial magnitude P = M(φ') + |φ''|·V_z, so Ṡ_c = P·Ṡ_z; tanh and sigmoid
 * with the floors of CMP-FUNCTION ({@link BoundedFunction}). One operation per unit raises the running-error
 * depth K by at most 1 (E_c = |φ'|·E_z + u·V_c ≤ (K + 1)·u·V_c, as V_c ≥ |φ'|·V_z); softmax's is counted unit by
 * unit. A branch that
 * returns z itself (identity; relu, leaky relu for z &gt; 0; hardtanh inside (−1, 1)) passes all four numbers on;
 * a branch that returns a constant c (relu's 0, hardtanh's ±1) has tangent 0, magnitude |c| and Ṡ = 0; leaky
 * relu's 0.1·z for z ≤ 0 is a product with the constant 0.1 (V = 0.1·V_z, P = 0.1). Branches follow ACT-KINK.
 */
final class ActivationTangent {
    /** The slope of leaky relu left of 0 (ACT-LEAKY-RELU), the double nearest 1/10 as the other oracles use it. */
    private static final double LEAKY_SLOPE = 1.0 / 10;

    private ActivationTangent() {
    }

    static Signal apply(Activation activation, Signal z) {
        Signal a = Signal.zeros(z.examples(), z.units());
        double runningDepth = z.runningDepth();
        for (int e = 0; e < z.examples(); e++) {
            if (activation == Activation.SOFTMAX) {
                runningDepth = Math.max(runningDepth, softmax(z, a, e));
            } else {
                for (int j = 0; j < z.units(); j++) {
                    elementwise(activation, z, a, e, j);
                }
            }
        }
        return a.withRunningDepth(switch (activation) {
            case TANH, SIGMOID, LEAKY_RELU -> z.runningDepth() + 1;
            default -> runningDepth;
        });
    }

    /** ACT-IDENTITY, ACT-SIGMOID, ACT-TANH, ACT-HARDTANH, ACT-RELU, ACT-LEAKY-RELU with ACT-KINK. */
    private static void elementwise(Activation activation, Signal z, Signal a, int e, int j) {
        double x = z.value()[e][j];
        switch (activation) {
            case TANH -> tanh(z, a, e, j);
            case SIGMOID -> sigmoid(z, a, e, j);
            case RELU -> {
                if (x > 0) {
                    pass(z, a, e, j);
                }
            }
            case LEAKY_RELU -> {
                if (x > 0) {
                    pass(z, a, e, j);
                } else {
                    scale(LEAKY_SLOPE, z, a, e, j);
                }
            }
            case HARDTANH -> hardtanh(z, a, e, j);
            default -> pass(z, a, e, j);
        }
    }

    /** φ = t = tanh z, φ' = 1 − t² ≥ 0 with M(φ') = 1 + t², |φ''| ≤ 1 (as {@code Tape.tanh}). */
    private static void tanh(Signal z, Signal a, int e, int j) {
        double t = Math.tanh(z.value()[e][j]);
        smooth(BoundedFunction.TANH, z, a, e, j, t, 1 - t * t, 1 + t * t, 1);
    }

    /**
     * φ = σ in the stable form of ACT-SIGMOID, φ' = σ(1 − σ) ≥ 0 with M(φ') = σ(1 + σ), |φ''| ≤ ¼ (as
     * {@code Tape.sigmoid}).
     */
    private static void sigmoid(Signal z, Signal a, int e, int j) {
        double s = Sigmoid.of(z.value()[e][j]);
        smooth(BoundedFunction.SIGMOID, z, a, e, j, s, s * (1 - s), s * (1 + s), 0.25);
    }

    /** ACT-HARDTANH with ACT-KINK: the constant 1 for z ≥ 1, −1 for z ≤ −1, z itself between. */
    private static void hardtanh(Signal z, Signal a, int e, int j) {
        double x = z.value()[e][j];
        if (x >= 1 || x <= -1) {
            a.value()[e][j] = Math.signum(x);
            a.magnitude()[e][j] = 1;
        } else {
            pass(z, a, e, j);
        }
    }

    /**
     * c = φ(z) for φ' ≥ 0, with the floors of CMP-FUNCTION.
     *
     * @param slope φ'(z) ≥ 0
     * @param slopeMagnitude M(φ'), the magnitude of the formula φ' is computed by
     * @param curvature a bound on |φ''|
     */
    private static void smooth(BoundedFunction function, Signal z, Signal a, int e, int j, double value, double slope,
            double slopeMagnitude, double curvature) {
        double zMagnitude = z.magnitude()[e][j];
        a.value()[e][j] = value;
        a.tangent()[e][j] = slope * z.tangent()[e][j];
        a.magnitude()[e][j] = function.valueMagnitude(value, slope, zMagnitude);
        a.magnitudeTangent()[e][j] = function.partialMagnitude(slopeMagnitude, curvature, zMagnitude)
                * z.magnitudeTangent()[e][j];
    }

    /** The branch that returns z itself. */
    private static void pass(Signal z, Signal a, int e, int j) {
        a.value()[e][j] = z.value()[e][j];
        a.tangent()[e][j] = z.tangent()[e][j];
        a.magnitude()[e][j] = z.magnitude()[e][j];
        a.magnitudeTangent()[e][j] = z.magnitudeTangent()[e][j];
    }

    /** c·z for a positive constant c: V = c·V_z, P = V_c = c. */
    private static void scale(double c, Signal z, Signal a, int e, int j) {
        a.value()[e][j] = c * z.value()[e][j];
        a.tangent()[e][j] = c * z.tangent()[e][j];
        a.magnitude()[e][j] = c * z.magnitude()[e][j];
        a.magnitudeTangent()[e][j] = c * z.magnitudeTangent()[e][j];
    }

    /**
     * ACT-SOFTMAX for example e as the stable formula evaluates it: s_k = z_k − z_M (M the first largest entry),
     * ε_k = e^(s_k), Σ = Σ_k ε_k, a_k = ε_k / Σ. Tangent: the Jacobian-vector product ȧ_k = a_k·(ż_k − Σ_j a_j ż_j).
     * Magnitudes, operation by operation: V_s = V_(z_k) + V_(z_M), Ṡ_s = Ṡ_(z_k) + Ṡ_(z_M) (a difference);
     * V_ε = P_ε = ε·(1 + V_s), Ṡ_ε = P_ε·Ṡ_s (exp); V_Σ = Σ V_ε, Ṡ_Σ = Σ Ṡ_ε (a sum); and the quotient
     * ε_k / Σ has P = 1/Σ and V_ε/Σ², so V_a = V_ε/Σ and Ṡ_a = Ṡ_ε/Σ + V_ε·Ṡ_Σ/Σ². Running errors (in units of
     * u): E_Σ ≤ Σ_k E_ε + n·V_Σ (n additions), E_a = E_ε/Σ + (ε/Σ²)·E_Σ + V_a.
     *
     * @return the largest E_a/(u·V_a) of the example's outputs, and of the operations before them
     */
    private static double softmax(Signal z, Signal a, int e) {
        int n = z.units();
        Shifted shifted = Shifted.exponentials(z, e);
        double sum = 0;
        double sumMagnitude = 0;
        double sumMagnitudeTangent = 0;
        double sumError = 0;
        for (int k = 0; k < n; k++) {
            sum += shifted.value()[k];
            sumMagnitude += shifted.magnitude()[k];
            sumMagnitudeTangent += shifted.magnitudeTangent()[k];
            sumError += shifted.error()[k];
        }
        sumError += n * sumMagnitude;
        double mean = 0;
        double runningDepth = Math.max(shifted.runningDepth(), Ratio.of(sumError, sumMagnitude));
        for (int k = 0; k < n; k++) {
            double ak = shifted.value()[k] / sum;
            a.value()[e][k] = ak;
            mean += ak * z.tangent()[e][k];
            a.magnitude()[e][k] = shifted.magnitude()[k] / sum;
            a.magnitudeTangent()[e][k] = shifted.magnitudeTangent()[k] / sum
                    + shifted.magnitude()[k] * sumMagnitudeTangent / (sum * sum);
            double error = shifted.error()[k] / sum + shifted.value()[k] / (sum * sum) * sumError
                    + a.magnitude()[e][k];
            runningDepth = Math.max(runningDepth, Ratio.of(error, a.magnitude()[e][k]));
        }
        for (int k = 0; k < n; k++) {
            a.tangent()[e][k] = a.value()[e][k] * (z.tangent()[e][k] - mean);
        }
        return runningDepth;
    }
}
