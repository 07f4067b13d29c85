package dev.bprop.conformance.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LogLogFitTest {
    private static final double[] X = {10, 20, 40, 80};

    @Test
    void BOUND_MEASURE_aPowerLawHasItsExponentAsSlope() {
        LogLogFit fit = LogLogFit.of(X, new double[] {3 * 100, 3 * 400, 3 * 1600, 3 * 6400});
        assertEquals(2, fit.slope(), 1e-12);
        assertEquals(Math.log(3), fit.intercept(), 1e-12);
        assertEquals(3 * 160 * 160, fit.at(160), 1e-6);
    }

    @Test
    void BOUND_MEASURE_aConstantHasSlopeZero() {
        assertEquals(0, LogLogFit.of(X, new double[] {5, 5, 5, 5}).slope(), 1e-12);
    }

    @Test
    void BOUND_MEASURE_theSlopeIsTheLeastSquaresOneThroughScatteredPoints() {
        assertEquals(1.0, LogLogFit.of(new double[] {1, Math.E, Math.E * Math.E},
                new double[] {Math.E, Math.E, Math.exp(3)}).slope(), 1e-12);
    }

    @Test
    void BOUND_MEASURE_twoPointsAreEnoughForALine() {
        // (2, 3) and (8, 48): slope ln(48/3) / ln(8/2) = ln 16 / ln 4 = 2, and 3 = e^intercept·2², e^intercept = 3/4.
        LogLogFit fit = LogLogFit.of(new double[] {2, 8}, new double[] {3, 48});
        assertEquals(2, fit.slope(), 1e-12);
        assertEquals(Math.log(0.75), fit.intercept(), 1e-12);
    }

    @Test
    void BOUND_MEASURE_aFitOfTooFewPointsSaysSo() {
        assertEquals("a fit needs at least two points, found 1", assertThrows(IllegalArgumentException.class,
                () -> LogLogFit.of(new double[] {2}, new double[] {1})).getMessage());
        assertEquals("a fit needs at least two points, found 4", assertThrows(IllegalArgumentException.class,
                () -> LogLogFit.of(X, new double[] {1, 2})).getMessage());
        assertEquals("a fit needs at least two distinct x", assertThrows(IllegalArgumentException.class,
                () -> LogLogFit.of(new double[] {2, 2}, new double[] {1, 3})).getMessage());
        assertEquals("a log-log fit needs positive finite values, found 0.0", assertThrows(
                IllegalArgumentException.class, () -> LogLogFit.of(X, new double[] {1, 0, 1, 1})).getMessage());
    }

    @Test
    void BOUND_MEASURE_whatHasNoLogarithmOrNoSpreadIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LogLogFit.of(X, new double[] {1, 0, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> LogLogFit.of(X, new double[] {1, Double.NaN, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> LogLogFit.of(X, new double[] {1, 1, Double.POSITIVE_INFINITY, 1}));
        assertThrows(IllegalArgumentException.class, () -> LogLogFit.of(new double[] {2, 2}, new double[] {1, 3}));
        assertThrows(IllegalArgumentException.class, () -> LogLogFit.of(new double[] {2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> LogLogFit.of(X, new double[] {1, 2}));
    }
}
