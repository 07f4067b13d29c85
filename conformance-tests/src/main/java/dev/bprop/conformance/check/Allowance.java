package dev.bprop.conformance.check;

import dev.bprop.conformance.spi.Precision;
import dev.bprop.oracle.bound.RoundingBound;

/**
 * How far one computed number may be from its exact value through rounding alone, clause CMP-TOLERANCE's
 * b = 2·D·(u·S + η) for a gradient component, for either precision a side of a comparison computes in:
 *
 * <pre>
 *     float64:  sweeps·D·(2^−53·M + 2^−1074)
 *     float32:  sweeps·(D + 1)·(2^−24·M + 2^−149)
 * </pre>
 *
 * M is the magnitude of the number's terms on the oracle's running-error tape: S_k for a gradient component, V for a
 * value (the loss, an output, a graph's value). A gradient takes two sweeps, forward and backward, each D deep; a
 * value one. A float32 computation has one rounding more on every path, the conversion of its inputs and
 * parameters to float, hence D + 1.
 *
 * @param depth D, the rounded operations on the longest path of the evaluation
 * @param magnitude M
 * @param sweeps 1 for a value, 2 for a gradient component
 */
public record Allowance(int depth, double magnitude, int sweeps) {
    private static final double FLOAT32_UNIT_ROUNDOFF = 0x1p-24;

    /** The bound for one computation of the number in {@code precision}. */
    public double of(Precision precision) {
        return precision == Precision.FLOAT64
                ? sweeps * depth * (RoundingBound.UNIT_ROUNDOFF * magnitude + Double.MIN_VALUE)
                : sweeps * (depth + 1) * (FLOAT32_UNIT_ROUNDOFF * magnitude + Float.MIN_VALUE);
    }

    /** The formula, e.g. {@code 2·D·(2^−53·M + 2^−1074) in float64}, for failure messages. */
    public String formula(Precision precision) {
        return sweeps + (precision == Precision.FLOAT64 ? "·D·(2^−53·M + 2^−1074) in float64"
                : "·(D + 1)·(2^−24·M + 2^−149) in float32");
    }
}
