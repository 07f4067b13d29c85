package dev.bprop.oracle.tangent;

/**
 * The max-shifted exponentials that softmax (ACT-SOFTMAX) and log-sum-exp (LOSS-STABLE) share, for one example
 * of a logit {@link Signal} z: M is the first index of the largest z_k (as the oracles' {@code max} picks it),
 * s_k = z_k − z_M and ε_k = e^(s_k), with the magnitudes of clause CMP-TOLERANCE:
 *
 * <pre>
 *     Ṡ_s = Ṡ_(z_k) + Ṡ_(z_M)                    (a difference: partials 1 and 1)
 *     V_ε = ε·(1 + V_s),  V_s = V_(z_k) + V_(z_M)
 *     Ṡ_ε = ε·(1 + V_s)·Ṡ_s                      (exp: M(φ') = ε, |φ''| = ε)
 * </pre>
 *
 * <p>At k = M the difference z_M − z_M has the same operand twice, and both partials count: Ṡ_s = 2·Ṡ_(z_M).
 * Running errors in units of u, from z's bound E_z ≤ K·u·V_z: E_s ≤ K·(V_(z_k) + V_(z_M)) + V_s = (K + 1)·V_s, and
 * exp carries it by its slope: E_ε = ε·E_s + V_ε.
 *
 * @param shift s_k
 * @param shiftMagnitude V_(s_k)
 * @param shiftMagnitudeTangent Ṡ_(s_k)
 * @param value ε_k
 * @param magnitude V_(ε_k)
 * @param magnitudeTangent Ṡ_(ε_k)
 * @param error a bound on E_(ε_k)/u
 * @param runningDepth the largest E/(u·V) of the s_k and ε_k
 * @param largest M, the index of the shift
 */
record Shifted(double[] shift, double[] shiftMagnitude, double[] shiftMagnitudeTangent, double[] value,
        double[] magnitude, double[] magnitudeTangent, double[] error, double runningDepth, int largest) {

    static Shifted exponentials(Signal z, int e) {
        double[] logits = z.value()[e];
        int n = logits.length;
        int largest = 0;
        for (int k = 1; k < n; k++) {
            if (logits[k] > logits[largest]) {
                largest = k;
            }
        }
        double[] shift = new double[n];
        double[] shiftMagnitude = new double[n];
        double[] shiftMagnitudeTangent = new double[n];
        double[] value = new double[n];
        double[] magnitude = new double[n];
        double[] magnitudeTangent = new double[n];
        double[] error = new double[n];
        double runningDepth = z.runningDepth() + 1;
        for (int k = 0; k < n; k++) {
            double s = logits[k] - logits[largest];
            double sMagnitude = z.magnitude()[e][k] + z.magnitude()[e][largest];
            double slope = Math.exp(s) * (1 + sMagnitude);
            shift[k] = s;
            shiftMagnitude[k] = sMagnitude;
            shiftMagnitudeTangent[k] = z.magnitudeTangent()[e][k] + z.magnitudeTangent()[e][largest];
            value[k] = Math.exp(s);
            magnitude[k] = slope;
            magnitudeTangent[k] = slope * shiftMagnitudeTangent[k];
            error[k] = value[k] * (z.runningDepth() + 1) * sMagnitude + slope;
            runningDepth = Math.max(runningDepth, Ratio.of(error[k], slope));
        }
        return new Shifted(shift, shiftMagnitude, shiftMagnitudeTangent, value, magnitude, magnitudeTangent, error,
                runningDepth, largest);
    }

    /**
     * The reverse sweep through the differences s_k = z_k − z_M (partials 1 and 1): each s̄_k goes to z_k and to
     * z_M, so z̄_k += s̄_k and z̄_M += Σ_k s̄_k (at k = M both, as the operand z_M − z_M has z_M twice).
     *
     * @param shiftAdjoint s̄_k, the magnitude adjoints of the differences
     * @param logitAdjoint z̄ of the example, added to
     */
    void addShiftAdjoint(double[] shiftAdjoint, double[] logitAdjoint) {
        for (int k = 0; k < shiftAdjoint.length; k++) {
            logitAdjoint[k] += shiftAdjoint[k];
            logitAdjoint[largest] += shiftAdjoint[k];
        }
    }
}
