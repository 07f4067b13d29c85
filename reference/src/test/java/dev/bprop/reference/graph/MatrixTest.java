package dev.bprop.reference.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The values of nodes (clause GBP-GRAPH): matrices, a scalar being 1×1. */
class MatrixTest {
    @Test
    void gbpGraph_matricesKeepTheirRowsAndShape() {
        Matrix m = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertEquals(new Shape(2, 3), m.shape());
        assertEquals(6.0, m.get(1, 2));
        assertEquals(21.0, m.sum());
        assertEquals(Matrix.of(new double[][] {{1, 4}, {2, 5}, {3, 6}}), m.transpose());
        assertEquals("[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]", m.toString());
        assertEquals("2.5", Matrix.scalar(2.5).toString());
        assertEquals("2×3", m.shape().toString());
        assertEquals(Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}}).hashCode(), m.hashCode());
        assertNotEquals(Matrix.row(1, 2, 3, 4, 5, 6), m);
        assertNotEquals(Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 7}}), m);
        assertNotEquals(m, "m");
        assertNotEquals(Matrix.row(1, 2).hashCode(), Matrix.row(1, 2).transpose().hashCode());
        assertNotEquals(Matrix.row(1, 2).hashCode(), Matrix.row(1, 3).hashCode());
    }

    @Test
    void gbpGraph_rowsOfDifferentLengthsAndEmptyShapesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Matrix.of(new double[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> new Shape(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Shape(1, 0));
        assertEquals(new Shape(1, 1), Shape.SCALAR);
    }

    @Test
    void gbpGraph_onlyAOneByOneMatrixHasAScalarValue() {
        assertEquals(-4.0, Matrix.scalar(-4).scalarValue());
        assertThrows(IllegalStateException.class, () -> Matrix.row(1, 2).scalarValue());
        assertThrows(IllegalStateException.class, () -> Matrix.row(1, 2).transpose().scalarValue());
    }

    @Test
    void gbpGraph_finiteMeansNoInfinityAndNoNaN() {
        assertTrue(Matrix.row(1, -1e308).isFinite());
        assertFalse(Matrix.row(1, Double.NaN).isFinite());
        assertFalse(Matrix.row(Double.NEGATIVE_INFINITY, 1).isFinite());
    }

    @Test
    void gbpOps_productOfRectangularMatrices() {
        Matrix a = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        Matrix b = Matrix.of(new double[][] {{1, 0}, {0, 1}, {1, 1}});
        assertEquals(Matrix.of(new double[][] {{4, 5}, {10, 11}}), a.times(b));
        assertEquals(Matrix.filled(new Shape(2, 2), 7), Matrix.filled(new Shape(2, 2), 7));
    }
}
