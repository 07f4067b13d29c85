package dev.bprop.conformance.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerdictTest {
    @Test
    void BOUND_VERDICT_theWholeIntervalDecides() {
        assertEquals(Verdict.PASS, Verdict.atMost(1.25, new Interval(0.9, 1.25)));
        assertEquals(Verdict.FAIL, Verdict.atMost(1.25, new Interval(1.2500001, 2)));
        assertEquals(Verdict.INCONCLUSIVE, Verdict.atMost(1.25, new Interval(1.25, 1.3)));
        assertEquals(Verdict.INCONCLUSIVE, Verdict.atMost(1.25, new Interval(1.1, 1.3)));
    }

    @Test
    void BOUND_VERDICT_onlyInconclusiveMeasuresAgain() {
        assertTrue(Verdict.PASS.decided());
        assertTrue(Verdict.FAIL.decided());
        assertTrue(Verdict.SKIPPED.decided());
        assertFalse(Verdict.INCONCLUSIVE.decided());
    }
}
