package dev.bprop.oracle.compare;

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
}
