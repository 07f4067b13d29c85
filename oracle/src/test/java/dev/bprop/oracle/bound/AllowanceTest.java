package dev.bprop.oracle.bound;

import static org.junit.jupiter.api.Assertions.assertEquals;


import org.junit.jupiter.api.Test;

/** The rounding allowances of CMP-TOLERANCE, computed by hand from the formulas in {@link Allowance}'s Javadoc. */
class AllowanceTest {
    @Test
    void aFloat64GradientComponentIsAllowedTwoSweepsOfDepthDAtUnitRoundoff() {
        // 2·10·(2^−53·1 + 2^−1074): the underflow term is far below the ulp of 20·2^−53.
        assertEquals(20 * 0x1p-53, Allowance.gradient(10, 1.0).of(Precision.FLOAT64));
    }

    @Test
    void aFloat32ComputationHasOneRoundingMoreOnEveryPath() {
        // 2·(10 + 1)·(2^−24·1 + 2^−149).
        assertEquals(22 * 0x1p-24, Allowance.gradient(10, 1.0).of(Precision.FLOAT32));
    }

    @Test
    void aValueTakesOneSweep() {
        assertEquals(7 * 0x1p-53 * 4, Allowance.value(7, 4.0).of(Precision.FLOAT64));
    }

    @Test
    void aZeroMagnitudeIsStillAllowedTheUnderflowOfEachOperation() {
        assertEquals(6 * Double.MIN_VALUE, Allowance.gradient(3, 0).of(Precision.FLOAT64));
        assertEquals(8 * 0x1p-149, Allowance.gradient(3, 0).of(Precision.FLOAT32));
    }

    @Test
    void theFormulaNamesSweepsAndPrecision() {
        assertEquals("2·D·(2^−53·M + 2^−1074) in float64", Allowance.gradient(3, 1).formula(Precision.FLOAT64));
        assertEquals("1·(D + 1)·(2^−24·M + 2^−149) in float32", Allowance.value(3, 1).formula(Precision.FLOAT32));
    }
}
