package dev.bprop.reference.mlp;

import static dev.bprop.reference.mlp.XorExamplesTest.assertMatrixEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The dense matrix, on shapes that are not square so that a swapped index shows. */
class MatrixTest {
    private static final Matrix A = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});

    @Test
    void ofAndToArrayRoundTripWithRowsAndColumns() {
        assertEquals(2, A.rows());
        assertEquals(3, A.columns());
        assertEquals(6, A.get(1, 2));
        assertEquals(2, A.get(0, 1));
        assertMatrixEquals(new double[][] {{1, 2, 3}, {4, 5, 6}}, A.toArray());
        assertArrayEquals(new double[] {4, 5, 6}, A.row(1));
        Matrix empty = Matrix.of(new double[0][]);
        assertEquals(0, empty.rows());
        assertEquals(0, empty.columns());
    }

    @Test
    void copiesDoNotShareStorage() {
        double[][] rows = {{1, 2}};
        Matrix matrix = Matrix.of(rows);
        rows[0][0] = 9;
        matrix.row(0)[1] = 9;
        matrix.toArray()[0][1] = 9;
        assertMatrixEquals(new double[][] {{1, 2}}, matrix.toArray());
    }

    /* [[1, 2, 3], [4, 5, 6]] · [[1, 0], [0, 1], [1, −1]] = [[4, −1], [10, −1]]. */
    @Test
    void timesIsTheMatrixProduct() {
        Matrix right = Matrix.of(new double[][] {{1, 0}, {0, 1}, {1, -1}});
        assertMatrixEquals(new double[][] {{4, -1}, {10, -1}}, A.times(right).toArray());
    }

    /* A^T · [[1, −1], [2, 0]]: A^T = [[1, 4], [2, 5], [3, 6]], product [[9, −1], [12, −2], [15, −3]]. */
    @Test
    void transposeTimesIsTheProductWithTheTransposeOnTheLeft() {
        Matrix right = Matrix.of(new double[][] {{1, -1}, {2, 0}});
        assertMatrixEquals(new double[][] {{9, -1}, {12, -2}, {15, -3}}, A.transposeTimes(right).toArray());
        assertMatrixEquals(new double[][] {{1, 4}, {2, 5}, {3, 6}}, A.transpose().toArray());
    }

    /*
     * Shapes that leave remainders in both the row blocks (16) and the groups of four terms: 37 × 23 times 23 × 41,
     * and the transpose form 23 × 37 (transposed) times 23 × 41. Entries are small integers, so every sum is exact
     * in any order and the products must equal the definition Σ_k left_ik right_kj, computed here term by term.
     */
    @Test
    void productsEqualTheDefinitionOnShapesThatCrossEveryBlockBoundary() {
        double[][] left = integers(37, 23, 1);
        double[][] right = integers(23, 41, 2);
        double[][] expected = new double[37][41];
        for (int i = 0; i < 37; i++) {
            for (int j = 0; j < 41; j++) {
                for (int k = 0; k < 23; k++) {
                    expected[i][j] += left[i][k] * right[k][j];
                }
            }
        }
        assertMatrixEquals(expected, Matrix.of(left).times(Matrix.of(right)).toArray());
        assertMatrixEquals(expected, Matrix.of(left).transpose().transposeTimes(Matrix.of(right)).toArray());
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

    @Test
    void elementWiseOperations() {
        Matrix other = Matrix.of(new double[][] {{2, 0, -1}, {1, 1, 0.5}});
        assertMatrixEquals(new double[][] {{2, 0, -3}, {4, 5, 3}}, A.hadamard(other).toArray());
        assertMatrixEquals(new double[][] {{-1, 2, 4}, {3, 4, 5.5}}, A.minus(other).toArray());
        assertMatrixEquals(new double[][] {{0.5, 1, 1.5}, {2, 2.5, 3}}, A.times(0.5).toArray());
        assertMatrixEquals(new double[][] {{1, 4, 9}, {16, 25, 36}}, A.map(v -> v * v).toArray());
    }

    @Test
    void rowAndColumnOperations() {
        assertMatrixEquals(new double[][] {{11, 22, 33}, {14, 25, 36}},
                A.plusEveryRow(new double[] {10, 20, 30}).toArray());
        assertArrayEquals(new double[] {5, 7, 9}, A.columnSums());
        assertArrayEquals(new double[] {1 * 1 + 2 * 0 + 3 * 2, 4 * 1 + 5 * 1 + 6 * 1},
                A.rowDots(Matrix.of(new double[][] {{1, 0, 2}, {1, 1, 1}})));
        assertMatrixEquals(new double[][] {{0, 1, 2}, {2, 3, 4}}, A.minusFromEachRow(new double[] {1, 2}).toArray());
        assertMatrixEquals(new double[][] {{3, 2, 1}, {6, 5, 4}},
                A.mapRows(row -> new double[] {row[2], row[1], row[0]}).toArray());
    }
}
