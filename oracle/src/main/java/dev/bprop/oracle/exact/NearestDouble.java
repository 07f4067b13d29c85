package dev.bprop.oracle.exact;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.commons.math3.fraction.BigFraction;

/** The double nearest to an exact fraction, the value FMT-VECTOR's {@code expected} holds for a rational result. */
public final class NearestDouble {
    /**
     * 40 significant digits and then the correctly rounded {@link BigDecimal#doubleValue()}: a double needs 17, so
     * rounding twice can only differ from rounding once when the fraction lies within a relative 10^(−40) of a
     * midpoint between two doubles.
     */
    private static final MathContext DIGITS = new MathContext(40);

    private NearestDouble() {
    }

    public static double of(BigFraction fraction) {
        return new BigDecimal(fraction.getNumerator()).divide(new BigDecimal(fraction.getDenominator()), DIGITS)
                .doubleValue();
    }
}
