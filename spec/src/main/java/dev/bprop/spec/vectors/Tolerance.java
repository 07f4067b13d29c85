package dev.bprop.spec.vectors;

/**
 * The tolerance a test vector states (clause FMT-VECTOR): a found number f passes against the expected e when
 * |f − e| ≤ absolute + relative·|e|.
 */
public record Tolerance(double absolute, double relative) {
    public Tolerance {
        if (!(absolute >= 0) || !(relative >= 0) || Double.isInfinite(absolute) || Double.isInfinite(relative)) {
            throw new IllegalArgumentException("tolerances are finite and non-negative: " + absolute + ", " + relative);
        }
    }

    /** Whether {@code found} passes against {@code expected}; NaN never passes. */
    public boolean accepts(double expected, double found) {
        return Math.abs(found - expected) <= absolute + relative * Math.abs(expected);
    }
}
