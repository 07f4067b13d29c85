package dev.bprop.oracle.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * CMP-TOLERANCE's exact oracle stops at its {@link ExactBudget}: the budget's own numbers are allowed, one more is
 * not. 15 = 1111₂ has 4 bits, 16 = 10000₂ has 5.
 */
class ExactArithmeticTest {
    @Test
    void cmpTolerance_exactlyTheBudgetedNumberOfOperationsRunsAndOneMoreStops() {
        ExactArithmetic exact = new ExactArithmetic(new ExactBudget(64, 2));
        ExactDual one = exact.constant(1);
        ExactDual two = exact.add(one, one);
        assertEquals(new BigFraction(3), exact.add(two, one).value());
        OverBudgetException error = assertThrows(OverBudgetException.class, () -> exact.add(one, one));
        assertEquals("more than 2 exact operations", error.getMessage());
    }

    @Test
    void cmpTolerance_aNumeratorOrDenominatorOfExactlyTheBudgetedBitsIsAllowedAndOneBitMoreIsNot() {
        ExactArithmetic exact = new ExactArithmetic(new ExactBudget(4, 100));
        ExactDual zero = exact.constant(0);
        assertEquals(new BigFraction(15), exact.add(exact.constant(7), exact.constant(8)).value());
        assertEquals(new BigFraction(1, 15), exact.add(exact.fraction(1, 15), zero).value());
        assertEquals("a fraction of more than 4 bits", assertThrows(OverBudgetException.class,
                () -> exact.add(exact.constant(8), exact.constant(8))).getMessage());
        assertThrows(OverBudgetException.class, () -> exact.add(exact.fraction(1, 16), zero));
        assertThrows(OverBudgetException.class,
                () -> exact.add(new ExactDual(BigFraction.ZERO, new BigFraction(1, 16)), zero));
    }
}
