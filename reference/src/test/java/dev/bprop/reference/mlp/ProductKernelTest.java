package dev.bprop.reference.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The blocked product kernel against the plain triple loop product_ij += Σ_k left_ik right_kj. Entries are small
 * integers, so every sum is exact in any order and the two must agree to the last bit.
 */
class ProductKernelTest {
    /** Row counts on both sides of one and two row blocks (16). */
    private static final int[] ROWS = {1, 15, 16, 17, 31, 32, 33};
    /** Inner lengths on both sides of the groups of four terms, and with no whole group. */
    private static final int[] INNER = {1, 2, 3, 4, 5, 7, 8, 9, 13};
    private static final int[] COLUMNS = {1, 2, 5};

    @Test
    void addProduct_equalsTheTripleLoopOnShapesThatCrossEveryBlockBoundary() {
        for (int rows : ROWS) {
            for (int inner : INNER) {
                for (int columns : COLUMNS) {
                    double[][] left = integers(rows, inner, 1);
                    double[][] right = integers(inner, columns, 2);
                    double[][] start = integers(rows, columns, 3);
                    double[][] product = copy(start);
                    ProductKernel.addProduct(rows, inner, (i, k) -> left[i][k], right, product);
                    assertExactlyEqual(tripleLoop(start, left, right), product, rows + "×" + inner + " · " + inner + "×" + columns);
                }
            }
        }
    }

    /*
     * The documented order of the sum: the terms of a group of four are added to each other first, left to right,
     * and their sum to the entry. With the entry at 1, left (1, 1, 1, 1) and right (2^53, 1, 1, −2^53): the group
     * ((2^53 + 1) + 1) − 2^53 is 0 in doubles (2^53 + 1 is a tie and rounds to the even 2^53, twice), so the entry
     * stays 1. Adding the terms to the entry one at a time would give 1 + 2^53 = 2^53 (the same tie), then 2^53,
     * 2^53 and 0. The exact sum, 3, is neither: the test pins the order the Javadoc states, which is what makes a
     * gradient the same to the last bit on every machine. A fifth term, after the group, is added on its own:
     * with right (2^53, 1, 1, −2^53, 2) the entry becomes 1 + 2 = 3.
     */
    @Test
    void addProduct_addsEachGroupOfFourTermsToTheEntryAsOneSum() {
        double big = 0x1p53;
        double[][] fourTerms = {{1}};
        ProductKernel.addProduct(1, 4, (i, k) -> 1, new double[][] {{big}, {1}, {1}, {-big}}, fourTerms);
        assertExactlyEqual(new double[][] {{1}}, fourTerms, "1×4 · 4×1");
        double[][] fiveTerms = {{1}};
        ProductKernel.addProduct(1, 5, (i, k) -> 1, new double[][] {{big}, {1}, {1}, {-big}, {2}}, fiveTerms);
        assertExactlyEqual(new double[][] {{3}}, fiveTerms, "1×5 · 5×1");
    }

    /* The left factor given as the transpose of a stored matrix, as Matrix.transposeTimes passes it. */
    @Test
    void addProduct_takesTheLeftFactorAsGivenSoATransposeNeedsNoCopy() {
        double[][] stored = integers(9, 17, 4);
        double[][] transposed = new double[17][9];
        for (int r = 0; r < 9; r++) {
            for (int c = 0; c < 17; c++) {
                transposed[c][r] = stored[r][c];
            }
        }
        double[][] right = integers(9, 3, 5);
        double[][] product = new double[17][3];
        ProductKernel.addProduct(17, 9, (i, k) -> stored[k][i], right, product);
        assertExactlyEqual(tripleLoop(new double[17][3], transposed, right), product, "transposed 17×9 · 9×3");
    }

    private static void assertExactlyEqual(double[][] expected, double[][] found, String shapes) {
        assertEquals(expected.length, found.length, shapes);
        for (int r = 0; r < expected.length; r++) {
            assertArrayEquals(expected[r], found[r], shapes + ", row " + r);
        }
    }

    /** start + left · right by the definition, one term at a time. */
    private static double[][] tripleLoop(double[][] start, double[][] left, double[][] right) {
        double[][] product = copy(start);
        for (int i = 0; i < left.length; i++) {
            for (int j = 0; j < product[i].length; j++) {
                for (int k = 0; k < right.length; k++) {
                    product[i][j] += left[i][k] * right[k][j];
                }
            }
        }
        return product;
    }

    /** Entries (r·7 + c·3 + seed) mod 11 − 5, small integers of both signs. */
    private static double[][] integers(int rows, int columns, int seed) {
        double[][] matrix = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                matrix[r][c] = (r * 7 + c * 3 + seed) % 11 - 5;
            }
        }
        return matrix;
    }

    private static double[][] copy(double[][] matrix) {
        double[][] copy = new double[matrix.length][];
        for (int r = 0; r < matrix.length; r++) {
            copy[r] = matrix[r].clone();
        }
        return copy;
    }
}
