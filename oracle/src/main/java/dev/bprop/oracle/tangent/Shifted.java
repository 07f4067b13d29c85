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
 *
 * @param shift s_k
 * @param shiftMagnitudeTangent Ṡ_(s_k)
 * @param value ε_k
 * @param magnitude V_(ε_k)
 * @param magnitudeTangent Ṡ_(ε_k)
 */
record Shifted(double[] shift, double[] shiftMagnitudeTangent, double[] value, double[] magnitude,
        double[] magnitudeTangent) {

    static Shifted exponentials(Signal z, int e) {
        double[] logits = z.value()[e];
        int n = logits.length;
        int largest = 0;
        for (int k = 1; k < n; k++) {
            if (logits[k] > logits[largest]) {
                largest = k;
            }
        }
        Shifted shifted = new Shifted(new double[n], new double[n], new double[n], new double[n], new double[n]);
        for (int k = 0; k < n; k++) {
            double s = logits[k] - logits[largest];
            double sMagnitude = z.magnitude()[e][k] + z.magnitude()[e][largest];
            double slope = Math.exp(s) * (1 + sMagnitude);
            shifted.shift[k] = s;
            shifted.shiftMagnitudeTangent[k] = z.magnitudeTangent()[e][k] + z.magnitudeTangent()[e][largest];
            shifted.value[k] = Math.exp(s);
            shifted.magnitude[k] = slope;
            shifted.magnitudeTangent[k] = slope * shifted.shiftMagnitudeTangent[k];
        }
        return shifted;
    }
}
