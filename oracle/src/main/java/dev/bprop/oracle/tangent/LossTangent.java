package dev.bprop.oracle.tangent;

import dev.bprop.oracle.bound.BoundedFunction;
import dev.bprop.oracle.objective.NotFiniteException;
import dev.bprop.spec.mlp.Loss;

/**
 * LOSS-MEAN, J = (1/m) Σ_e ℓ_e, with the per-example losses of LOSS-MSE, LOSS-CE and LOSS-BCE in the stable forms
 * of LOSS-STABLE: the value J, its tangent J̇ = gᵀv and the tangent Ṡ_J of the magnitude graph, which is
 * Σ_k |v_k|·S_k (see {@link MatrixForwardMode}). Every magnitude below is the one the tape of {@code bound.Tape}
 * records for the same operation (y, Σ_k y_k and the constants are leaves that no parameter reaches: Ṡ = 0).
 *
 * <p>Each example's loss also bounds the running-error depth K of its operations (E/u and V carried operation by
 * operation, from the logits' and outputs' bound E ≤ K·u·V; a chain of n additions adds at most n·V_sum).
 */
final class LossTangent {
    private LossTangent() {
    }

    /**
     * @param z the logits z^L
     * @param a the outputs a^L
     * @param targets y, m rows of n_L
     * @throws NotFiniteException at "loss" if J or J̇ is not finite (E-EVAL)
     */
    static Scalar of(Loss loss, Signal z, Signal a, double[][] targets) {
        double value = 0;
        double tangent = 0;
        double magnitude = 0;
        double magnitudeTangent = 0;
        double error = 0;
        double runningDepth = Math.max(z.runningDepth(), a.runningDepth());
        for (int e = 0; e < targets.length; e++) {
            Scalar example = switch (loss) {
                case MSE -> halfSquaredError(a, e, targets[e]);
                case CROSS_ENTROPY -> crossEntropy(z, e, targets[e]);
                case BINARY_CROSS_ENTROPY -> binaryCrossEntropy(z, e, targets[e]);
            };
            value += example.value();
            tangent += example.tangent();
            magnitude += example.magnitude();
            magnitudeTangent += example.magnitudeTangent();
            error += example.error();
            runningDepth = Math.max(runningDepth, example.runningDepth());
        }
        int m = targets.length;
        if (!Double.isFinite(value) || !Double.isFinite(tangent)) {
            throw new NotFiniteException("loss", "the loss or its derivative is not finite (E-EVAL)");
        }
        double sumError = error + m * magnitude;
        double meanError = sumError / m + magnitude / m;
        runningDepth = Math.max(runningDepth, Math.max(Ratio.of(sumError, magnitude), Ratio.of(meanError, magnitude / m)));
        return new Scalar(value / m, tangent / m, magnitude / m, magnitudeTangent / m, meanError, runningDepth);
    }

    /**
     * LOSS-MSE: ℓ = ½ Σ_k r_k², r_k = a_k − y_k; ℓ̇ = Σ_k r_k ȧ_k. Magnitudes: V_r = V_a + |y|, Ṡ_r = Ṡ_a; the square
     * r·r has the operand r twice with partial V_r each, Ṡ = 2·V_r·Ṡ_r; the factor ½ gives Ṡ_ℓ = Σ_k V_r Ṡ_r.
     */
    static Scalar halfSquaredError(Signal a, int e, double[] y) {
        double squares = 0;
        double tangent = 0;
        double magnitude = 0;
        double magnitudeTangent = 0;
        double error = 0;
        double runningDepth = 0;
        for (int k = 0; k < y.length; k++) {
            double r = a.value()[e][k] - y[k];
            double rMagnitude = a.magnitude()[e][k] + Math.abs(y[k]);
            double rError = a.runningDepth() * a.magnitude()[e][k] + rMagnitude;
            double squareError = 2 * Math.abs(r) * rError + rMagnitude * rMagnitude;
            squares += r * r;
            tangent += r * a.tangent()[e][k];
            magnitude += rMagnitude * rMagnitude;
            magnitudeTangent += rMagnitude * a.magnitudeTangent()[e][k];
            error += squareError;
            runningDepth = Math.max(runningDepth, Math.max(Ratio.of(rError, rMagnitude),
                    Ratio.of(squareError, rMagnitude * rMagnitude)));
        }
        return half(squares, tangent, magnitude, magnitudeTangent, error + y.length * magnitude, runningDepth);
    }

    /** ½·Σ: E = ½·E_Σ + V_ℓ with V_ℓ = ½·V_Σ. */
    private static Scalar half(double sum, double tangent, double sumMagnitude, double magnitudeTangent,
            double sumError, double runningDepth) {
        double error = sumError / 2 + sumMagnitude / 2;
        double deepest = Math.max(runningDepth, Math.max(Ratio.of(sumError, sumMagnitude),
                Ratio.of(error, sumMagnitude / 2)));
        return new Scalar(sum / 2, tangent, sumMagnitude / 2, magnitudeTangent, error, deepest);
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
        double sumError = y.length * sumMagnitude;
        double weightedMagnitude = 0;
        double weightedError = 0;
        for (int k = 0; k < y.length; k++) {
            tangent += (mass * shifted.value()[k] / sum - y[k]) * z.tangent()[e][k];
            sumError += shifted.error()[k];
            double product = Math.abs(y[k]) * shifted.shiftMagnitude()[k];
            weightedMagnitude += product;
            weightedError += Math.abs(y[k]) * (z.runningDepth() + 1) * shifted.shiftMagnitude()[k] + product;
        }
        weightedError += y.length * weightedMagnitude;
        double logSlope = 1 / sum + sumMagnitude / (sum * sum);
        double log = Math.log(sum);
        double logMagnitude = Math.abs(log) + sumMagnitude / sum;
        double logError = sumError / sum + logMagnitude;
        double massError = y.length * massMagnitude;
        double productMagnitude = massMagnitude * logMagnitude;
        double productError = Math.abs(log) * massError + Math.abs(mass) * logError + productMagnitude;
        double lossMagnitude = productMagnitude + weightedMagnitude;
        double lossError = productError + weightedError + lossMagnitude;
        double runningDepth = Math.max(shifted.runningDepth(), Math.max(Math.max(Ratio.of(sumError, sumMagnitude),
                Ratio.of(logError, logMagnitude)), Math.max(Math.max(Ratio.of(productError, productMagnitude),
                Ratio.of(weightedError, weightedMagnitude)), Ratio.of(lossError, lossMagnitude))));
        return new Scalar(mass * log - weighted, tangent, lossMagnitude,
                massMagnitude * logSlope * sumMagnitudeTangent + weightedMagnitudeTangent, lossError, runningDepth);
    }

    /**
     * LOSS-BCE by softplus: ℓ = Σ_k softplus(z_k) − y_k z_k, softplus(z) = max(z, 0) + ln(1 + e^(−|z|)) one bounded
     * operation (CMP-FUNCTION) with slope σ(z); ℓ̇ = Σ_k (σ(z_k) − y_k)·ż_k. Magnitudes: softplus has
     * V = max(|softplus z|, 1) + σ·V_z and P = max(σ, 1) + ¼·V_z; y·z adds |y|·Ṡ_z.
     */
    static Scalar binaryCrossEntropy(Signal z, int e, double[] y) {
        double value = 0;
        double tangent = 0;
        double magnitude = 0;
        double magnitudeTangent = 0;
        double error = 0;
        double runningDepth = 0;
        for (int k = 0; k < y.length; k++) {
            double x = z.value()[e][k];
            double xMagnitude = z.magnitude()[e][k];
            double xError = z.runningDepth() * xMagnitude;
            double sigma = Sigmoid.of(x);
            double softplus = Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
            double softplusMagnitude = BoundedFunction.SOFTPLUS.valueMagnitude(softplus, sigma, xMagnitude);
            double softplusError = sigma * xError + softplusMagnitude;
            double productMagnitude = Math.abs(y[k]) * xMagnitude;
            double productError = Math.abs(y[k]) * xError + productMagnitude;
            double termMagnitude = softplusMagnitude + productMagnitude;
            double termError = softplusError + productError + termMagnitude;
            value += softplus - y[k] * x;
            tangent += (sigma - y[k]) * z.tangent()[e][k];
            magnitude += termMagnitude;
            magnitudeTangent += (BoundedFunction.SOFTPLUS.partialMagnitude(sigma, 0.25, xMagnitude) + Math.abs(y[k]))
                    * z.magnitudeTangent()[e][k];
            error += termError;
            runningDepth = Math.max(runningDepth, Math.max(Math.max(Ratio.of(softplusError, softplusMagnitude),
                    Ratio.of(productError, productMagnitude)), Ratio.of(termError, termMagnitude)));
        }
        error += y.length * magnitude;
        return new Scalar(value, tangent, magnitude, magnitudeTangent, error,
                Math.max(runningDepth, Ratio.of(error, magnitude)));
    }

    /**
     * A scalar of the forward mode.
     *
     * @param value its value
     * @param tangent its tangent along v
     * @param magnitude V, its magnitude
     * @param magnitudeTangent the tangent of its magnitude graph along |v|
     * @param error a bound on E/u, its running error
     * @param runningDepth the largest E/(u·V) of the operations that led to it
     */
    record Scalar(double value, double tangent, double magnitude, double magnitudeTangent, double error,
            double runningDepth) {
    }
}
