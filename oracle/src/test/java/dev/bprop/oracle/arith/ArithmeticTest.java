package dev.bprop.oracle.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The double arithmetic and the shared forms of the activations (ACT-*, ACT-KINK, LOSS-STABLE), by hand. */
class ArithmeticTest {
    private final DoubleArithmetic d = new DoubleArithmetic();

    @Test
    void fieldOperationsAreTheDoubleOnes() {
        assertEquals(5.0, d.add(2.0, 3.0));
        assertEquals(-1.0, d.subtract(2.0, 3.0));
        assertEquals(6.0, d.multiply(2.0, 3.0));
        assertEquals(0.5, d.divide(1.0, 2.0));
        assertEquals(-2.0, d.negate(2.0));
        assertEquals(0.1, d.fraction(1, 10));
        assertEquals(-1, d.signum(-3.0));
        assertEquals(1, d.signum(0.5));
        assertEquals(0, d.signum(0.0));
        assertEquals(2.5, d.value(2.5));
        assertTrue(d.isFinite(1e308));
        assertFalse(d.isFinite(Double.POSITIVE_INFINITY));
        assertFalse(d.isFinite(Double.NaN));
    }

    @Test
    void elementaryFunctionsAreMaths() {
        assertEquals(Math.E, d.exp(1.0));
        assertEquals(0.0, d.log(1.0));
        assertEquals(Math.log(2), d.log1p(1.0));
        assertEquals(1.0, d.sin(Math.PI / 2), 1e-16);
        assertEquals(-1.0, d.cos(Math.PI));
        assertEquals(0.0, d.tanh(0.0));
        assertEquals(8.0, d.pow(2.0, 3.0));
        assertEquals(0.25, d.power(2.0, -2));
    }

    /** ACT-KINK: relu(0) = 0 from the left piece; leaky_relu(−2) = −0.2; hardtanh clips at ±1. */
    @Test
    void actKink_kinkedFunctionsTakeTheConventionsPieces() {
        assertEquals(0.0, d.relu(0.0));
        assertEquals(0.0, d.relu(-3.0));
        assertEquals(2.0, d.relu(2.0));
        assertEquals(-0.2, d.leakyRelu(-2.0), 1e-17);
        assertEquals(0.0, d.leakyRelu(0.0));
        assertEquals(3.0, d.leakyRelu(3.0));
        assertEquals(1.0, d.hardtanh(1.0));
        assertEquals(1.0, d.hardtanh(2.0));
        assertEquals(-1.0, d.hardtanh(-1.0));
        assertEquals(-1.0, d.hardtanh(-3.0));
        assertEquals(0.5, d.hardtanh(0.5));
        assertEquals(-0.5, d.hardtanh(-0.5));
    }

    /** ACT-SIGMOID: σ(0) = ½ on either branch; σ(±800) saturate to 1 and 0 without NaN; σ(−1) = 1/(1 + e). */
    @Test
    void actSigmoid_isStableOnBothSides() {
        assertEquals(0.5, d.sigmoid(0.0));
        assertEquals(1.0, d.sigmoid(800.0));
        assertEquals(0.0, d.sigmoid(-800.0));
        assertEquals(1 / (1 + Math.E), d.sigmoid(-1.0), 1e-16);
        assertEquals(1 / (1 + Math.exp(-2)), d.sigmoid(2.0), 1e-16);
    }

    /** LOSS-STABLE: softplus(0) = ln 2, softplus(1000) = 1000, softplus(−1000) = e^(−1000) → 0, softplus(−1) = ln(1 + 1/e). */
    @Test
    void lossStable_softplusNeverOverflows() {
        assertEquals(Math.log(2), d.softplus(0.0));
        assertEquals(1000.0, d.softplus(1000.0));
        assertEquals(0.0, d.softplus(-1000.0));
        assertEquals(Math.log1p(Math.exp(-1)), d.softplus(-1.0), 1e-16);
        assertEquals(1 + Math.log1p(Math.exp(-1)), d.softplus(1.0), 1e-15);
    }

    @Test
    void maxKeepsTheFirstOnTies() {
        assertEquals(3.0, d.max(1.0, 3.0));
        assertEquals(3.0, d.max(3.0, 1.0));
        assertEquals(-0.0, d.max(-0.0, 0.0));
    }
}
