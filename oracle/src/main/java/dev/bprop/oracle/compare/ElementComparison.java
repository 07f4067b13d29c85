package dev.bprop.oracle.compare;

import dev.bprop.oracle.bound.Precision;
import dev.bprop.oracle.objective.Place;

/**
 * One gradient component seen by two methods (CMP-TOLERANCE, CMP-ULPS).
 *
 * @param place where the component lives (clause, layer, tensor, index)
 * @param expected the value of the method taken as expected
 * @param found the value of the method under test
 * @param oracleError the expected method's own error estimate
 * @param tolerance the allowed |expected − found|
 * @param toleranceOrigin what the tolerance is made of
 * @param verdict the outcome
 */
public record ElementComparison(Place place, double expected, double found, double oracleError, double tolerance,
        String toleranceOrigin, Verdict verdict) {

    /** |expected − found|. */
    public double absoluteError() {
        return Math.abs(expected - found);
    }

    /**
     * |expected − found| / max(|expected|, |found|), symmetric and 0 when both are 0 (CMP-TOLERANCE's relative
     * error, the one the agreement tables report).
     */
    public double relativeError() {
        double scale = Math.max(Math.abs(expected), Math.abs(found));
        return scale == 0 ? 0 : absoluteError() / scale;
    }

    /** The distance in ulps (CMP-ULPS). */
    public long ulps() {
        return Ulps.between(expected, found);
    }

    /**
     * Whether {@code candidate}, the number a bug model or a documented deviation computes in {@code precision} at
     * this place, reproduces the found one (KIT-DIAGNOSIS):
     *
     * <pre>
     *     |candidate − found| ≤ t + ε_p·max(|candidate|, |found|),   ε_float64 = 2^−40, ε_float32 = 2^−16,
     * </pre>
     *
     * t being this number's tolerance against the reference. t bounds the reference's rounding, which is 0 where
     * the reference is 0 through a zero factor (a dead unit, a flat derivative) while the candidate computes a
     * rounded number there: ε_p·max(…) is the candidate's own rounding, 2^13 ulps of its precision and far below the
     * differences that tell two bugs apart. NaN reproduces NaN and an infinity the same infinity: a model of an
     * unstable formula reproduces its overflow.
     */
    public boolean reproducedBy(double candidate, Precision precision) {
        double ownRounding = ownRounding(precision) * Math.max(Math.abs(candidate), Math.abs(found));
        return Reproduction.equalWithin(candidate, found, tolerance + ownRounding);
    }

    /** ε_p of {@link #reproducedBy}: 2^−40 for float64, 2^−16 for float32, 2^13 ulps of each. */
    static double ownRounding(Precision precision) {
        return precision == Precision.FLOAT64 ? 0x1p-40 : 0x1p-16;
    }

    /**
     * Whether the found number is r times the expected one (KIT-DIAGNOSIS's constant factor, KIT-DETERMINISTIC's
     * second answer that is the first added to itself, r = 2):
     *
     * <pre>
     *     |found − r·expected| ≤ max(1, |r|)·t,
     * </pre>
     *
     * the tolerance scaled with the numbers, since r·expected carries r times the expected number's rounding, and
     * never narrowed below t. NaN is r times NaN, an infinity r times the same infinity.
     */
    public boolean foundIsTimes(double r) {
        return Reproduction.equalWithin(found, r * expected, Math.max(1, Math.abs(r)) * tolerance);
    }
}
