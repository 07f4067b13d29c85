package dev.bprop.cli.grade;

/**
 * How close an answer must be (clause FMT-GRADE-ASSIGNMENT): {@code digits} significant digits, for answers computed
 * by hand, or the oracle's comparison model (CMP-TOLERANCE, CMP-VALUE), for answers computed by code in float64.
 *
 * @param digits the significant digits n, or 0 for the comparison model
 */
public record Tolerance(int digits) {
    public static final Tolerance MODEL = new Tolerance(0);

    public boolean model() {
        return digits == 0;
    }

    /**
     * n significant digits: f is accepted for e when |f − e| ≤ 10^(⌊log₁₀ s⌋ + 1 − n), one unit in the n-th
     * significant digit of s = max(|e|, 10⁻⁶·M), M the largest magnitude in e's tensor. One unit rather than half
     * accepts a last digit that differs because the student carried rounded intermediate values; the floor 10⁻⁶·M
     * keeps an expected 0 (or 10⁻¹⁷ of rounding noise) from asking for digits nobody computes by hand.
     */
    public double allowed(double expected, double largestInTensor) {
        double scale = Math.max(Math.abs(expected), 1e-6 * largestInTensor);
        return scale == 0 ? 0 : Math.pow(10, Math.floor(Math.log10(scale)) + 1 - digits);
    }

    @Override
    public String toString() {
        return model() ? "the comparison model (CMP-TOLERANCE, CMP-VALUE)" : digits + " significant digits";
    }
}
