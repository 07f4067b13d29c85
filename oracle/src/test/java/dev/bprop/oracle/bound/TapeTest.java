package dev.bprop.oracle.bound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The running-error tape of CMP-TOLERANCE, by hand. */
class TapeTest {
    /**
     * x = 3 squared through one shared node, three times. c₁ = x·x: V = 9, E = 0 + 0 + 9 (x is exact), K = 1;
     * c₂ = c₁·c₁: V = 81, E = |c₁|·9 + |c₁|·9 + 81 = 243, K = 3; c₃ = c₂·c₂: V = 6561,
     * E = 81·243·2 + 6561 = 45927, K = 7 = 2³ − 1, more than the depth 3.
     */
    @Test
    void cmpTolerance_repeatedSquaringDoublesTheRunningDepth() {
        Tape tape = new Tape();
        TapeNode c = tape.variable(3);
        assertEquals(0.0, tape.runningDepth());
        c = tape.multiply(c, c);
        assertEquals(1.0, tape.runningDepth());
        c = tape.multiply(c, c);
        assertEquals(3.0, tape.runningDepth());
        c = tape.multiply(c, c);
        assertEquals(7.0, tape.runningDepth());
        assertEquals(3, c.depth());
        tape.multiply(tape.constant(0), tape.constant(0));
        assertEquals(7.0, tape.runningDepth(), "0·0 has E = V = 0: depth 0, not 0/0 = NaN");
    }

    /**
     * A node no path from the output reaches passes nothing back, even with an infinite partial: with x = 0, 1/x has
     * the partial V_1/x² = ∞ towards x, but f = x + 1 does not use it, so S_x = 1 (not 0·∞ = NaN).
     */
    @Test
    void cmpTolerance_anUnreachedNodeWithAnInfinitePartialPassesNothing() {
        Tape tape = new Tape();
        TapeNode x = tape.variable(0);
        TapeNode one = tape.constant(1);
        tape.divide(one, x);
        TapeNode f = tape.add(x, one);
        tape.sweep(f);
        assertEquals(1.0, tape.sum(x));
    }
}
