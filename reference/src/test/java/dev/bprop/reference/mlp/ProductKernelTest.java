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
