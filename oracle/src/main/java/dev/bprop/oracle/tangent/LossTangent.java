package dev.bprop.oracle.tangent;

import dev.bprop.spec.json.InvalidInputException;
import dev.bprop.spec.mlp.Loss;

/**
 * LOSS-MEAN, J = (1/m) Σ_e ℓ_e, with the per-example losses of LOSS-MSE, LOSS-CE and LOSS-BCE in the stable forms
 * of LOSS-STABLE: the value J, its tangent J̇ = gᵀv and the tangent Ṡ_J of the magnitude graph, which is
 * Σ_k |v_k|·S_k (see {@link MatrixForwardMode}). Every magnitude below is the one the tape of {@code bound.Tape}
 * records for the same operation (y, Σ_k y_k and the constants are leaves that no parameter reaches: Ṡ = 0).
 */
final class LossTangent {
    private LossTangent() {
    }

    /**
     * @param z the logits z^L
     * @param a the outputs a^L
     * @param targets y, m rows of n_L
     * @throws InvalidInputException at "loss" if J or J̇ is not finite (E-EVAL)
     */
    static Scalar of(Loss loss, Signal z, Signal a, double[][] targets) {
        double value = 0;
        double tangent = 0;
        double magnitudeTangent = 0;
        for (int e = 0; e < targets.length; e++) {
            Scalar example = switch (loss) {
                case MSE -> halfSquaredError(a, e, targets[e]);
                case CROSS_ENTROPY -> crossEntropy(z, e, targets[e]);
                case BINARY_CROSS_ENTROPY -> binaryCrossEntropy(z, e, targets[e]);
            };
            value += example.value();
            tangent += example.tangent();
            magnitudeTangent += example.magnitudeTangent();
        }
        int m = targets.length;
        if (!Double.isFinite(value) || !Double.isFinite(tangent)) {
            throw new InvalidInputException("loss", "the loss or its derivative is not finite (E-EVAL)");
        }
        return new Scalar(value / m, tangent / m, magnitudeTangent / m);
    }

    /**
     * LOSS-MSE: ℓ = ½ Σ_k r_k², r_k = a_k − y_k; ℓ̇ = Σ_k r_k ȧ_k. Magnitudes: V_r = V_a + |y|, Ṡ_r = Ṡ_a; the square
     * r·r has the operand r twice with partial V_r each, Ṡ = 2·V_r·Ṡ_r; the factor ½ gives Ṡ_ℓ = Σ_k V_r Ṡ_r.
     */
    static Scalar halfSquaredError(Signal a, int e, double[] y) {
        double squares = 0;
        double tangent = 0;
        double magnitudeTangent = 0;
        for (int k = 0; k < y.length; k++) {
            double r = a.value()[e][k] - y[k];
            squares += r * r;
            tangent += r * a.tangent()[e][k];
            magnitudeTangent += (a.magnitude()[e][k] + Math.abs(y[k])) * a.magnitudeTangent()[e][k];
        }
        return new Scalar(squares / 2, tangent, magnitudeTangent);
    }

    /**
     * LOSS-CE by log-sum-exp: ℓ = (Σ_k y_k)·ln E − Σ_k y_k s_k with s_k = z_k − z_M and E = Σ_k e^(s_k)
     * ({@link Shifted}); ℓ̇ = Σ_k ((Σ_j y_j)·p_k − y_k)·ż_k, p_k = e^(s_k)/E. Magnitudes: ln E has P = 1/E + V_E/E²,
     * the product with the mass Σ y_k has P = V_mass = Σ_k |y_k|, and the weighted sum Σ y_k s_k adds
     * Σ_k |y_k|·Ṡ_(s_k): Ṡ_ℓ = V_mass·(1/E + V_E/E²)·Ṡ_E + Σ_k |y_k| Ṡ_(s_k).
     */
    static Scalar crossEntropy(Signal z, int e, double[] y) {
        Shifted shifted = Shifted.exponentials(z, e);
        double sum = 0;
        double sumMagnitude = 0;
        double sumMagnitudeTangent = 0;
        double mass = 0;
        double massMagnitude = 0;
        double weighted = 0;
        double weightedMagnitudeTangent = 0;
        for (int k = 0; k < y.length; k++) {
            sum += shifted.value()[k];
            sumMagnitude += shifted.magnitude()[k];
            sumMagnitudeTangent += shifted.magnitudeTangent()[k];
            mass += y[k];
            massMagnitude += Math.abs(y[k]);
            weighted += y[k] * shifted.shift()[k];
            weightedMagnitudeTangent += Math.abs(y[k]) * shifted.shiftMagnitudeTangent()[k];
        }
        double tangent = 0;
        for (int k = 0; k < y.length; k++) {
            tangent += (mass * shifted.value()[k] / sum - y[k]) * z.tangent()[e][k];
        }
        double logSlope = 1 / sum + sumMagnitude / (sum * sum);
        return new Scalar(mass * Math.log(sum) - weighted, tangent,
                massMagnitude * logSlope * sumMagnitudeTangent + weightedMagnitudeTangent);
    }

    /**
     * LOSS-BCE by softplus: ℓ = Σ_k softplus(z_k) − y_k z_k, softplus(z) = max(z, 0) + ln(1 + e^(−|z|));
     * ℓ̇ = Σ_k (σ(z_k) − y_k)·ż_k. Magnitudes, operation by operation: −|z| is z or −z (V and Ṡ of z); ε = e^(−|z|)
     * has V_ε = P_ε = ε·(1 + V_z); ln(1 + ε) has P = ρ + ρ²·V_ε with ρ = 1/(1 + ε); max(z, 0) is z itself (Ṡ_z)
     * for z &gt; 0 and the constant 0 otherwise; y·z adds |y|·Ṡ_z.
     */
    static Scalar binaryCrossEntropy(Signal z, int e, double[] y) {
        double value = 0;
        double tangent = 0;
        double magnitudeTangent = 0;
        for (int k = 0; k < y.length; k++) {
            double x = z.value()[e][k];
            double xMagnitudeTangent = z.magnitudeTangent()[e][k];
            double positive = x > 0 ? 1 : 0;
            double exponential = Math.exp(-Math.abs(x));
            double exponentialSlope = exponential * (1 + z.magnitude()[e][k]);
            double reciprocal = 1 / (1 + exponential);
            double logSlope = reciprocal + reciprocal * reciprocal * exponentialSlope;
            value += positive * x + Math.log1p(exponential) - y[k] * x;
            tangent += (Sigmoid.of(x) - y[k]) * z.tangent()[e][k];
            magnitudeTangent += (positive + logSlope * exponentialSlope + Math.abs(y[k])) * xMagnitudeTangent;
        }
        return new Scalar(value, tangent, magnitudeTangent);
    }

    /**
     * A scalar of the forward mode.
     *
     * @param value its value
     * @param tangent its tangent along v
     * @param magnitudeTangent the tangent of its magnitude graph along |v|
     */
    record Scalar(double value, double tangent, double magnitudeTangent) {
    }
}
