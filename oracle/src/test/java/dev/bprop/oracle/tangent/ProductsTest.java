package dev.bprop.oracle.tangent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The matrix route's product kernel (CMP-TOLERANCE's magnitudes at matrix level) adds four terms of an entry's sum
 * before the entry, and the terms one by one only past the last full four.
 */
class ProductsTest {
    private static final double U = 0x1p-53;

    /**
     * 1 + (u + u + u + u) with u = 2⁻⁵³ is 1 + 2⁻⁵¹ exactly, whereas adding u to 1 four times rounds to 1 each time
     * (a tie, to even): a product of inner size 4 is summed in one group of four.
     */
    @Test
    void cmpTolerance_fourTermsAreSummedBeforeTheEntry() {
        double[][] product = {{1}};
        Products.addProduct(new double[][] {{1, 1, 1, 1}}, new double[][] {{U}, {U}, {U}, {U}}, product);
        assertEquals(1 + 0x1p-51, product[0][0]);
    }

    /** Inner size 5: one group of four, 1 + 2⁻⁵¹, then the fifth term alone: 2 + 2⁻⁵¹, one ulp of 2 above it. */
    @Test
    void cmpTolerance_aTermPastTheLastFourIsAddedAlone() {
        double[][] product = {{1}};
        Products.addProduct(new double[][] {{1, 1, 1, 1, 1}}, new double[][] {{U}, {U}, {U}, {U}, {1}}, product);
        assertEquals(2 + 0x1p-51, product[0][0]);
    }
}
