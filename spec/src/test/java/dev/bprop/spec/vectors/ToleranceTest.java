package dev.bprop.spec.vectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Clause FMT-VECTOR: |f − e| ≤ absolute + relative·|e|. */
class ToleranceTest {
    @Test
    void fmtVector_theBoundIsAbsolutePlusRelativeTimesExpected() {
        Tolerance tolerance = new Tolerance(0.5, 0.25);
        // At e = −4 the bound is 0.5 + 0.25·4 = 1.5.
        assertTrue(tolerance.accepts(-4, -2.5));
        assertTrue(tolerance.accepts(-4, -5.5));
        assertFalse(tolerance.accepts(-4, -2.4));
        assertFalse(tolerance.accepts(-4, -5.6));
        // At e = 0 only the absolute part is left.
        assertTrue(tolerance.accepts(0, 0.5));
        assertFalse(tolerance.accepts(0, 0.50001));
        assertFalse(tolerance.accepts(0, Double.NaN));
        assertTrue(new Tolerance(0, 0).accepts(0.1, 0.1));
        assertFalse(new Tolerance(0, 0).accepts(0.1, Math.nextUp(0.1)));
    }

    @Test
    void fmtVector_tolerancesAreFiniteAndNonNegative() {
        assertThrows(IllegalArgumentException.class, () -> new Tolerance(-1e-300, 0));
        assertThrows(IllegalArgumentException.class, () -> new Tolerance(0, -1e-300));
        assertThrows(IllegalArgumentException.class, () -> new Tolerance(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new Tolerance(0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Tolerance(Double.POSITIVE_INFINITY, 0));
        assertThrows(IllegalArgumentException.class, () -> new Tolerance(0, Double.POSITIVE_INFINITY));
    }
}
