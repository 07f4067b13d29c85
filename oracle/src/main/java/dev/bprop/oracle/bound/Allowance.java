package dev.bprop.oracle.bound;

/**
 * How far one computed number may be from its exact value through rounding alone, in the precision it was computed
 * in — clause CMP-TOLERANCE's b = 2·D·(u·S + η) for a gradient component, CMP-VALUE's D·(u·V + η) for a value, and
 * CMP-FLOAT32's counterparts:
 *
 * <pre>
 *     float64:  sweeps·D·(2^−53·M + 2^−1074)
 *     float32:  sweeps·(D + 1)·(2^−24·M + 2^−149)
 * </pre>
 *
 * M is the magnitude of the number's terms on the running-error {@link Tape}: S_k for a gradient component, V for a
 * value (the loss, an output, a graph's value). A gradient takes two sweeps, forward and backward, each D deep; a
 * value one. A float32 computation has one rounding more on every path, the conversion of its inputs and parameters
 * to float, hence D + 1.
 *
 * @param depth D, the larger of the evaluation's depth and its running-error depth ({@link RoundingBound})
 * @param magnitude M
 * @param sweeps 1 for a value, 2 for a gradient component
 */
public record Allowance(int depth, double magnitude, int sweeps) {
    private static final double FLOAT32_UNIT_ROUNDOFF = 0x1p-24;

    /** The allowance of a value (CMP-VALUE): one sweep. */
    public static Allowance value(int depth, double magnitude) {
        return new Allowance(depth, magnitude, 1);
    }

    /** The allowance of a gradient component (CMP-TOLERANCE): two sweeps. */
    public static Allowance gradient(int depth, double magnitude) {
        return new Allowance(depth, magnitude, 2);
    }

    /** The bound for one computation of the number in {@code precision}; ∞ where the magnitude has overflowed. */
    public double of(Precision precision) {
        return precision == Precision.FLOAT64
                ? sweeps * depth * (RoundingBound.UNIT_ROUNDOFF * magnitude + Double.MIN_VALUE)
                : sweeps * (depth + 1) * (FLOAT32_UNIT_ROUNDOFF * magnitude + Float.MIN_VALUE);
    }

    /** The formula, e.g. {@code 2·D·(2^−53·M + 2^−1074) in float64}, for reports. */
    public String formula(Precision precision) {
        return sweeps + (precision == Precision.FLOAT64 ? "·D·(2^−53·M + 2^−1074) in float64"
                : "·(D + 1)·(2^−24·M + 2^−149) in float32");
    }
}
