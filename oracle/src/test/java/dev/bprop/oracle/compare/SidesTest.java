package dev.bprop.oracle.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.bound.Allowance;
import dev.bprop.oracle.bound.Precision;
import org.junit.jupiter.api.Test;

/** One number compared under CMP-TOLERANCE: t = b_expected + b_found, each side in its own precision. */
class SidesTest {
    private static final Allowance ALLOWANCE = Allowance.gradient(4, 1.0);
    private static final double FLOAT64 = 8 * 0x1p-53;
    private static final double FLOAT32 = 10 * 0x1p-24;

    @Test
    void theToleranceIsTheSumOfBothSidesAllowances() {
        assertEquals(FLOAT64 + FLOAT64, compare(Sides.referenceAgainst(Precision.FLOAT64), 1, 1).tolerance());
        assertEquals(FLOAT64 + FLOAT32, compare(Sides.referenceAgainst(Precision.FLOAT32), 1, 1).tolerance());
        assertEquals(FLOAT32 + FLOAT32, compare(Sides.repeated(Precision.FLOAT32), 1, 1).tolerance());
    }

    @Test
    void aDifferenceOfExactlyTheToleranceAgreesAndOneUlpMoreDoesNot() {
        Sides sides = Sides.referenceAgainst(Precision.FLOAT64);
        assertEquals(Verdict.AGREES, compare(sides, 1, 1 + 2 * FLOAT64).verdict());
        assertEquals(Verdict.DISAGREES, compare(sides, 1, Math.nextUp(1 + 2 * FLOAT64)).verdict());
        assertEquals(Verdict.AGREES, compare(sides, 1, 1 - 2 * FLOAT64).verdict());
    }

    @Test
    void nanAndInfinityNeverAgreeWithAFiniteValue() {
        Sides sides = Sides.referenceAgainst(Precision.FLOAT32);
        assertEquals(Verdict.DISAGREES, compare(sides, 1, Double.NaN).verdict());
        assertEquals(Verdict.DISAGREES, compare(sides, 1, Double.POSITIVE_INFINITY).verdict());
    }

    /**
     * CMP-VERDICT: where the magnitude has overflowed the allowance is ∞, and two finite numbers are reported as not
     * bounded, however far apart; a NaN or an infinity on either side still disagrees.
     */
    @Test
    void cmpVerdict_anOverflowedMagnitudeLeavesFiniteNumbersNotBounded() {
        Allowance overflowed = Allowance.gradient(4, Double.POSITIVE_INFINITY);
        Sides sides = Sides.referenceAgainst(Precision.FLOAT64);
        ElementComparison far = sides.compare(Places.loss(), 1, 1e300, overflowed);
        assertEquals(Verdict.NOT_BOUNDED, far.verdict());
        assertEquals(Double.POSITIVE_INFINITY, far.tolerance());
        assertEquals(Verdict.DISAGREES, sides.compare(Places.loss(), 1, Double.NaN, overflowed).verdict());
        assertEquals(Verdict.DISAGREES, sides.compare(Places.loss(), Double.NaN, 1, overflowed).verdict());
        // An infinity against a finite number is a wrong answer, not an unbounded one: |1 − ∞| ≤ ∞ must not agree.
        assertEquals(Verdict.DISAGREES, sides.compare(Places.loss(), 1, Double.POSITIVE_INFINITY, overflowed)
                .verdict());
        assertEquals(Verdict.DISAGREES, sides.compare(Places.loss(), Double.NEGATIVE_INFINITY, 1, overflowed)
                .verdict());
    }

    @Test
    void theOriginNamesBothSidesWithTheirPrecisionAndTheDepthAndMagnitude() {
        ElementComparison element = compare(Sides.referenceAgainst(Precision.FLOAT32), 1, 2);
        assertEquals("2·D·(2^−53·M + 2^−1074) in float64 (reference) + 2·(D + 1)·(2^−24·M + 2^−149) in float32 "
                + "(implementation), D = 4, M = 1.0 (CMP-TOLERANCE)", element.toleranceOrigin());
        assertTrue(compare(Sides.repeated(Precision.FLOAT64), 1, 2).toleranceOrigin().contains("(first call) + "));
    }

    private static ElementComparison compare(Sides sides, double expected, double found) {
        return sides.compare(Places.loss(), expected, found, ALLOWANCE);
    }
}
