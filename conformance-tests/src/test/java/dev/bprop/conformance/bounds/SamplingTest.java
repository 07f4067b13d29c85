package dev.bprop.conformance.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SamplingTest {
    @Test
    void BOUND_VERDICT_anIntervalNeedsAtLeastTwoRoundsBeforeTheFirstVerdict() {
        assertEquals(2, new Sampling(2, 0.99, 2000, 1).minRounds());
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> new Sampling(1, 0.99, 2000, 1));
        assertEquals("at least two rounds are needed for an interval, found 1", one.getMessage());
    }
}
