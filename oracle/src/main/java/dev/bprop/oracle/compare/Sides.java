package dev.bprop.oracle.compare;

import dev.bprop.oracle.bound.Allowance;
import dev.bprop.oracle.bound.Precision;
import dev.bprop.oracle.objective.Place;

/**
 * The two answers a comparison holds against each other, with who computed each and in which precision: the
 * reference (float64) against the implementation, or the implementation's first answer against its second
 * (KIT-DETERMINISTIC). Each side brings its own rounding allowance to the tolerance (CMP-TOLERANCE:
 * t = b_expected + b_found).
 */
public record Sides(String expectedBy, Precision expectedIn, String foundBy, Precision foundIn) {
    /** The reference's expected values against what the implementation found. */
    public static Sides referenceAgainst(Precision implementation) {
        return new Sides("reference", Precision.FLOAT64, "implementation", implementation);
    }

    /** The implementation's first answer to a question against its second. */
    public static Sides repeated(Precision implementation) {
        return new Sides("first call", implementation, "second call", implementation);
    }

    /**
     * One number compared under CMP-TOLERANCE: it agrees when |expected − found| ≤ t = b_expected + b_found, each
     * side's {@link Allowance} in its own precision; NaN or infinity where the other side is finite never agrees. Where
     * the magnitudes overflow the double range the tolerance is ∞ and the number is {@link Verdict#NOT_BOUNDED}:
     * reported, not judged (CMP-VERDICT).
     * The origin names both formulas with D and M, e.g. {@code 2·D·(2^−53·M + 2^−1074) in float64 (reference) +
     * 2·(D + 1)·(2^−24·M + 2^−149) in float32 (implementation), D = 12, M = 3.1 (CMP-TOLERANCE)}.
     */
    public ElementComparison compare(Place place, double expected, double found, Allowance allowance) {
        double tolerance = tolerance(allowance);
        return new ElementComparison(place, expected, found, 0, tolerance, allowance.formula(expectedIn) + " ("
                + expectedBy + ") + " + allowance.formula(foundIn) + " (" + foundBy + "), D = " + allowance.depth()
                + ", M = " + allowance.magnitude() + " (CMP-TOLERANCE)", verdict(expected, found, tolerance));
    }

    /** t = b_expected + b_found, each side's allowance in its own precision. */
    double tolerance(Allowance allowance) {
        return allowance.of(expectedIn) + allowance.of(foundIn);
    }

    /**
     * DISAGREES where either number is NaN or infinite (the reference is finite wherever it answers, E-EVAL);
     * NOT_BOUNDED where t is ∞; AGREES when |expected − found| ≤ t; DISAGREES otherwise.
     */
    static Verdict verdict(double expected, double found, double tolerance) {
        if (!Double.isFinite(expected) || !Double.isFinite(found)) {
            return Verdict.DISAGREES;
        }
        if (Double.isInfinite(tolerance)) {
            return Verdict.NOT_BOUNDED;
        }
        return Math.abs(expected - found) <= tolerance ? Verdict.AGREES : Verdict.DISAGREES;
    }
}
