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
        assertArrayEquals(new double[] {1 + 2 + 3, 4 + 5 + 6}, A.rowSums());
        assertMatrixEquals(new double[][] {{2, 4, 6}, {-4, -5, -6}}, A.timesEachRow(new double[] {2, -1}).toArray());
        assertMatrixEquals(new double[][] {{3, 2, 1}, {6, 5, 4}},
                A.mapRows(row -> new double[] {row[2], row[1], row[0]}).toArray());
    }
}
