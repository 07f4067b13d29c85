package dev.bprop.reference.mlp;

import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * A dense matrix of doubles, one array per row: entry (r, c) is {@code entries[r][c]}.
 *
 * <p>Immutable to callers outside this package; inside it, a matrix is written only while the operation that
 * creates it fills it. Shapes are not checked: callers pass matrices of a validated
 * {@link dev.bprop.spec.mlp.Problem}. Rows are separate arrays, not slices of one, because the JIT vectorises a
 * loop over several rows only when each is its own array indexed from 0; the products are arranged for that and
 * for the cache in {@link ProductKernel}, which is what lets a million-weight gradient take milliseconds.
 */
public final class Matrix {
    private final int columns;
    private final double[][] entries;

    private Matrix(int columns, double[][] entries) {
        this.columns = columns;
        this.entries = entries;
    }

    /**
     * A rows × columns matrix of zeros, allocated row by row: the JIT allocates a one-dimensional array inline but
     * sends {@code new double[rows][columns]} to the runtime, which took a fifth of a small network's gradient.
     */
    private static Matrix zeros(int rows, int columns) {
        double[][] entries = new double[rows][];
        for (int r = 0; r < rows; r++) {
            entries[r] = new double[columns];
        }
        return new Matrix(columns, entries);
    }

    /** The matrix whose row r is {@code rows[r]}; the rows must all have the same length. */
    public static Matrix of(double[][] rows) {
        int columns = rows.length == 0 ? 0 : rows[0].length;
        double[][] entries = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            entries[r] = rows[r].clone();
        }
        return new Matrix(columns, entries);
    }

    public int rows() {
        return entries.length;
    }

    public int columns() {
        return columns;
    }

    /** Entry (r, c), both counted from 0. */
    public double get(int r, int c) {
        return entries[r][c];
    }

    /** A copy of row r. */
    public double[] row(int r) {
        return entries[r].clone();
    }

    /** A copy as an array of rows. */
    public double[][] toArray() {
        return of(entries).entries;
    }

    /** The product this · right (rows × right.columns). */
    Matrix times(Matrix right) {
        Matrix product = zeros(rows(), right.columns);
        ProductKernel.addProduct(rows(), columns, (i, k) -> entries[i][k], right.entries, product.entries);
        return product;
    }

    /** The product this^T · right (columns × right.columns), without forming the transpose. */
    Matrix transposeTimes(Matrix right) {
        Matrix product = zeros(columns, right.columns);
        ProductKernel.addProduct(columns, rows(), (i, k) -> entries[k][i], right.entries, product.entries);
        return product;
    }

    /** The transpose (columns × rows). */
    Matrix transpose() {
        Matrix transpose = zeros(columns, rows());
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns; c++) {
                transpose.entries[c][r] = entries[r][c];
            }
        }
        return transpose;
    }

    /** This matrix with {@code vector} (one entry a column) added to every row. */
    Matrix plusEveryRow(double[] vector) {
        Matrix sum = zeros(rows(), columns);
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns; c++) {
                sum.entries[r][c] = entries[r][c] + vector[c];
            }
        }
        return sum;
    }

    /** The sum of the rows: entry c is Σ_r (r, c). */
    double[] columnSums() {
        double[] sums = new double[columns];
        for (double[] row : entries) {
            for (int c = 0; c < columns; c++) {
                sums[c] += row[c];
            }
        }
        return sums;
    }

    /** f applied to every entry. */
    Matrix map(DoubleUnaryOperator f) {
        Matrix mapped = zeros(rows(), columns);
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns; c++) {
                mapped.entries[r][c] = f.applyAsDouble(entries[r][c]);
            }
        }
        return mapped;
    }

    /** The element-wise (Hadamard) product this ⊙ other. */
    Matrix hadamard(Matrix other) {
        Matrix product = zeros(rows(), columns);
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns; c++) {
                product.entries[r][c] = entries[r][c] * other.entries[r][c];
            }
        }
        return product;
    }

    /** this − other. */
    Matrix minus(Matrix other) {
        Matrix difference = zeros(rows(), columns);
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns; c++) {
                difference.entries[r][c] = entries[r][c] - other.entries[r][c];
            }
        }
        return difference;
    }

    /** factor · this. */
    Matrix times(double factor) {
        return map(value -> factor * value);
    }

    /** The matrix whose row r is {@code f} applied to row r of this one; f returns rows of the same length. */
    Matrix mapRows(UnaryOperator<double[]> f) {
        double[][] mapped = new double[rows()][];
        for (int r = 0; r < rows(); r++) {
            mapped[r] = f.apply(row(r));
        }
        return new Matrix(columns, mapped);
    }

    /** The dot product of each row with the same row of {@code other}: entry r is Σ_c (r, c)·other(r, c). */
    double[] rowDots(Matrix other) {
        double[] dots = new double[rows()];
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns; c++) {
                dots[r] += entries[r][c] * other.entries[r][c];
            }
        }
        return dots;
    }

    /** The sum of each row: entry r is Σ_c (r, c). */
    double[] rowSums() {
        double[] sums = new double[rows()];
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns; c++) {
                sums[r] += entries[r][c];
            }
        }
        return sums;
    }

    /** This matrix with every entry of row r multiplied by {@code perRow[r]}. */
    Matrix timesEachRow(double[] perRow) {
        Matrix scaled = zeros(rows(), columns);
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns; c++) {
                scaled.entries[r][c] = perRow[r] * entries[r][c];
            }
        }
        return scaled;
    }

    /** This matrix with {@code perRow[r]} subtracted from every entry of row r. */
    Matrix minusFromEachRow(double[] perRow) {
        Matrix difference = zeros(rows(), columns);
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns; c++) {
                difference.entries[r][c] = entries[r][c] - perRow[r];
            }
        }
        return difference;
    }
}
