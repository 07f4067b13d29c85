package dev.bprop.conformance.compare;

import dev.bprop.conformance.spi.Precision;

/**
 * The tolerance a number is held to: |found − expected| ≤ r·(|expected| + scale), where scale is the largest
 * magnitude in the expected tensor. The scale term is there because an entry that cancels to nearly 0 in one
 * summation order carries the rounding error of its largest terms, not of itself.
 *
 * <p>r is 1e−9 for float64 and 1e−3 for float32. A float64 implementation that sums in another order differs
 * from the reference by a few ulps per operation, far below 1e−9 at depth 6 and width 64; one with float32
 * arithmetic leaking in differs by about 1e−7, far above it. float32 itself rounds at 6e−8 per operation, and
 * 1e−3 leaves room for the error growth of deep, saturated networks while still catching every bug of the
 * catalogue, whose errors are of order 1.
 */
public final class Tolerances {
    private Tolerances() {
    }

    /** r for the precision. */
    public static double relative(Precision precision) {
        return precision == Precision.FLOAT64 ? 1e-9 : 1e-3;
    }

    /** The allowed absolute error for {@code expected} in a tensor whose largest magnitude is {@code scale}. */
    public static double allowed(Precision precision, double expected, double scale) {
        return relative(precision) * (Math.abs(expected) + scale);
    }

    /** Where the tolerance comes from, for failure messages and reports. */
    public static String origin(Precision precision) {
        return "the " + precision.name().toLowerCase(java.util.Locale.ROOT) + " tolerance r·(|expected| + max|tensor|), r = "
                + relative(precision);
    }
}
