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
 * for the cache (see {@code addProduct}), which is what lets a million-weight gradient take milliseconds.
 */
public final class Matrix {
    /** Product rows kept in cache together by {@code addProduct}; 16 rows of 1 000 doubles fill 128 KiB. */
    private static final int ROW_BLOCK = 16;
    /** Terms of a product entry's sum that {@code addProduct} adds in one pass over a row. */
    private static final int INNER_STEP = 4;

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
        addProduct(rows(), columns, (i, k) -> entries[i][k], right, product);
        return product;
    }

    /** The product this^T · right (columns × right.columns), without forming the transpose. */
    Matrix transposeTimes(Matrix right) {
        Matrix product = zeros(columns, right.columns);
        addProduct(columns, rows(), (i, k) -> entries[k][i], right, product);
        return product;
    }

    /** Entry (i, k) of the left factor of a product, which is a matrix or the transpose of one. */
    @FunctionalInterface
    private interface LeftFactor {
        double get(int i, int k);
    }

    /**
     * product += left · right, entry by entry product_ij += Σ_k left_ik right_kj, for a left factor of
     * {@code rows} × {@code inner} entries.
     *
     * <p>The loops are arranged for speed; the arithmetic is that of the formula. The innermost loop adds
     * {@value #INNER_STEP} rows of right, each scaled by its entry of left, to row i of product: each product
     * entry is loaded and stored once per {@value #INNER_STEP} multiply-adds rather than once per one, and the
     * loop indexes every row by the same j, which the JIT vectorises. The loops run over {@value #ROW_BLOCK}
     * product rows at a time, so that those rows stay in cache while all of right streams past them once. The
     * sum for entry (i, j) is taken in the order k = 0, 1, …, inner − 1, in groups of {@value #INNER_STEP}.
     */
    private static void addProduct(int rows, int inner, LeftFactor left, Matrix right, Matrix product) {
        for (int firstRow = 0; firstRow < rows; firstRow += ROW_BLOCK) {
            int endRow = Math.min(firstRow + ROW_BLOCK, rows);
            int k = 0;
            for (; k + INNER_STEP <= inner; k += INNER_STEP) {
                double[] right0 = right.entries[k];
                double[] right1 = right.entries[k + 1];
                double[] right2 = right.entries[k + 2];
                double[] right3 = right.entries[k + 3];
                for (int i = firstRow; i < endRow; i++) {
                    double left0 = left.get(i, k);
                    double left1 = left.get(i, k + 1);
                    double left2 = left.get(i, k + 2);
                    double left3 = left.get(i, k + 3);
                    double[] productRow = product.entries[i];
                    for (int j = 0; j < productRow.length; j++) {
                        productRow[j] += left0 * right0[j] + left1 * right1[j] + left2 * right2[j]
                                + left3 * right3[j];
                    }
                }
            }
            for (; k < inner; k++) {
                double[] rightRow = right.entries[k];
                for (int i = firstRow; i < endRow; i++) {
                    double leftEntry = left.get(i, k);
                    double[] productRow = product.entries[i];
                    for (int j = 0; j < productRow.length; j++) {
                        productRow[j] += leftEntry * rightRow[j];
                    }
                }
            }
        }
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
