package dev.bprop.reference.mlp;

import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * A dense matrix of doubles stored row-major in one array: entry (r, c) sits at {@code r * columns + c}.
 *
 * <p>Immutable to callers outside this package; inside it, a matrix is written only while the operation that
 * creates it fills it. Products loop in i-k-j order so that the innermost loop walks both operands' rows in
 * memory order, which the JIT vectorises; that is what lets a million-weight gradient take milliseconds.
 * Shapes are not checked: callers pass matrices of a validated {@link dev.bprop.spec.mlp.Problem}.
 */
public final class Matrix {
    private final int rows;
    private final int columns;
    private final double[] values;

    private Matrix(int rows, int columns, double[] values) {
        this.rows = rows;
        this.columns = columns;
        this.values = values;
    }

    private static Matrix zeros(int rows, int columns) {
        return new Matrix(rows, columns, new double[rows * columns]);
    }

    /** The matrix whose row r is {@code rows[r]}; the rows must all have the same length. */
    public static Matrix of(double[][] rows) {
        int columns = rows.length == 0 ? 0 : rows[0].length;
        Matrix matrix = zeros(rows.length, columns);
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, matrix.values, r * columns, columns);
        }
        return matrix;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** Entry (r, c), both counted from 0. */
    public double get(int r, int c) {
        return values[r * columns + c];
    }

    /** A copy of row r. */
    public double[] row(int r) {
        double[] row = new double[columns];
        System.arraycopy(values, r * columns, row, 0, columns);
        return row;
    }

    /** A copy as an array of rows. */
    public double[][] toArray() {
        double[][] array = new double[rows][];
        for (int r = 0; r < rows; r++) {
            array[r] = row(r);
        }
        return array;
    }

    /** The product this · right (rows × right.columns). */
    Matrix times(Matrix right) {
        Matrix product = zeros(rows, right.columns);
        for (int i = 0; i < rows; i++) {
            int productRow = i * right.columns;
            for (int k = 0; k < columns; k++) {
                double left = values[i * columns + k];
                int rightRow = k * right.columns;
                for (int j = 0; j < right.columns; j++) {
                    product.values[productRow + j] += left * right.values[rightRow + j];
                }
            }
        }
        return product;
    }

    /** The product this^T · right (columns × right.columns), without forming the transpose. */
    Matrix transposeTimes(Matrix right) {
        Matrix product = zeros(columns, right.columns);
        for (int k = 0; k < rows; k++) {
            int rightRow = k * right.columns;
            for (int i = 0; i < columns; i++) {
                double left = values[k * columns + i];
                int productRow = i * right.columns;
                for (int j = 0; j < right.columns; j++) {
                    product.values[productRow + j] += left * right.values[rightRow + j];
                }
            }
        }
        return product;
    }

    /** The transpose (columns × rows). */
    Matrix transpose() {
        Matrix transpose = zeros(columns, rows);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                transpose.values[c * rows + r] = values[r * columns + c];
            }
        }
        return transpose;
    }

    /** This matrix with {@code vector} (one entry a column) added to every row. */
    Matrix plusEveryRow(double[] vector) {
        Matrix sum = zeros(rows, columns);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                sum.values[r * columns + c] = values[r * columns + c] + vector[c];
            }
        }
        return sum;
    }

    /** The sum of the rows: entry c is Σ_r (r, c). */
    double[] columnSums() {
        double[] sums = new double[columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                sums[c] += values[r * columns + c];
            }
        }
        return sums;
    }

    /** f applied to every entry. */
    Matrix map(DoubleUnaryOperator f) {
        Matrix mapped = zeros(rows, columns);
        for (int index = 0; index < values.length; index++) {
            mapped.values[index] = f.applyAsDouble(values[index]);
        }
        return mapped;
    }

    /** The element-wise (Hadamard) product this ⊙ other. */
    Matrix hadamard(Matrix other) {
        Matrix product = zeros(rows, columns);
        for (int index = 0; index < values.length; index++) {
            product.values[index] = values[index] * other.values[index];
        }
        return product;
    }

    /** this − other. */
    Matrix minus(Matrix other) {
        Matrix difference = zeros(rows, columns);
        for (int index = 0; index < values.length; index++) {
            difference.values[index] = values[index] - other.values[index];
        }
        return difference;
    }

    /** factor · this. */
    Matrix times(double factor) {
        return map(value -> factor * value);
    }

    /** The matrix whose row r is {@code f} applied to row r of this one; f returns rows of the same length. */
    Matrix mapRows(UnaryOperator<double[]> f) {
        Matrix mapped = zeros(rows, columns);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(f.apply(row(r)), 0, mapped.values, r * columns, columns);
        }
        return mapped;
    }

    /** The dot product of each row with the same row of {@code other}: entry r is Σ_c (r, c)·other(r, c). */
    double[] rowDots(Matrix other) {
        double[] dots = new double[rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                dots[r] += values[r * columns + c] * other.values[r * columns + c];
            }
        }
        return dots;
    }

    /** This matrix with {@code perRow[r]} subtracted from every entry of row r. */
    Matrix minusFromEachRow(double[] perRow) {
        Matrix difference = zeros(rows, columns);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                difference.values[r * columns + c] = values[r * columns + c] - perRow[r];
            }
        }
        return difference;
    }
}
