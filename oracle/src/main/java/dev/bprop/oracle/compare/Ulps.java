package dev.bprop.oracle.compare;

/** CMP-ULPS: the distance between two doubles in units in the last place. */
public final class Ulps {
    private Ulps() {
    }

    /**
     * The number of doubles between a and b, counting b: 0 when equal (−0.0 and 0.0 included), 1 for neighbours.
     * Doubles are ordered as the integers their bits give, with the negative ones mirrored below zero, so the count
     * crosses zero correctly. {@link Long#MAX_VALUE} when either is NaN or the count overflows.
     */
    public static long between(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Long.MAX_VALUE;
        }
        try {
            return Math.absExact(Math.subtractExact(ordinal(a), ordinal(b)));
        } catch (ArithmeticException beyondLong) {
            return Long.MAX_VALUE;
        }
    }

    /** The bits of x as an integer, the negative doubles mirrored below zero: −0.0 and 0.0 both give 0. */
    private static long ordinal(double x) {
        long bits = Double.doubleToRawLongBits(x);
        return bits < 0 ? Long.MIN_VALUE - bits : bits;
    }
}
