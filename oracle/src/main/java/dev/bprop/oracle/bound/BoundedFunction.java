package dev.bprop.oracle.bound;

/**
 * CMP-FUNCTION: the functions a correct float64 library may compute to an <i>absolute</i> accuracy of a few units
 * of rounding of their range, not only a relative one, together with their derivatives — and so may saturate or
 * clip the argument where the function is within that accuracy of its limit (σ(z) taken as 0 below z = −36, tanh(z)
 * as ±1 beyond 20). Each gives the magnitudes of clause CMP-TOLERANCE a floor: for c = φ(a),
 *
 * <pre>
 *     V_c = max(|φ(a)|, R_φ) + |φ'(a)|·V_a,        P = max(M(φ'), R_φ') + |φ''|·V_a,
 * </pre>
 *
 * with R_φ the bound of |φ| and R_φ' the bound of |φ'|. A unit far in a saturated tail then keeps an allowance of
 * about u·R_φ for its value and u·R_φ' for its slope, carried through the same sweep as every other rounding error;
 * a function computed to full relative accuracy is never farther from the formula than that, so nothing a correct
 * library does is lost, and every number of ordinary size keeps its relative tolerance of about D·u.
 */
public enum BoundedFunction {
    /** ACT-SIGMOID: 0 &lt; σ &lt; 1, 0 &lt; σ' = σ(1 − σ) ≤ ¼. */
    SIGMOID(1, 0.25),
    /** ACT-TANH: |tanh| &lt; 1, 0 &lt; tanh' = 1 − tanh² ≤ 1. */
    TANH(1, 1),
    /**
     * LOSS-STABLE's softplus(z) = max(z, 0) + ln(1 + e^(−|z|)): its rounded part ln(1 + e^(−|z|)) lies in (0, ln 2]
     * (R = 1 covers it), and softplus' = σ, in (0, 1).
     */
    SOFTPLUS(1, 1);

    private final double range;
    private final double slopeRange;

    BoundedFunction(double range, double slopeRange) {
        this.range = range;
        this.slopeRange = slopeRange;
    }

    /** V_c = max(|φ(a)|, R_φ) + |φ'(a)|·V_a. */
    public double valueMagnitude(double value, double slope, double argumentMagnitude) {
        return Math.max(Math.abs(value), range) + Math.abs(slope) * argumentMagnitude;
    }

    /** P = max(M(φ'), R_φ') + |φ''|·V_a. */
    public double partialMagnitude(double slopeMagnitude, double curvature, double argumentMagnitude) {
        return Math.max(Math.abs(slopeMagnitude), slopeRange) + Math.abs(curvature) * argumentMagnitude;
    }
}
