package dev.bprop.reference.graph;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** An immutable matrix of doubles, the value of a node (clause GBP-GRAPH); a scalar is 1×1. */
public final class Matrix {
    private final Shape shape;
    private final double[] entries;

    private Matrix(Shape shape, double[] entries) {
        this.shape = shape;
        this.entries = entries;
    }

    /** The matrix with these rows, which must all have the same length. */
    public static Matrix of(double[][] rows) {
        Shape shape = new Shape(rows.length, rows[0].length);
        double[] entries = new double[shape.rows() * shape.cols()];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != shape.cols()) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " entries, expected "
                        + shape.cols());
            }
            System.arraycopy(rows[r], 0, entries, r * shape.cols(), shape.cols());
        }
        return new Matrix(shape, entries);
    }

    /** The 1×n row vector holding {@code entries}. */
    public static Matrix row(double... entries) {
        return new Matrix(new Shape(1, entries.length), entries.clone());
    }

    /** The 1×1 matrix holding {@code value}. */
    public static Matrix scalar(double value) {
        return new Matrix(Shape.SCALAR, new double[] {value});
    }

    /** The matrix of {@code shape} with every entry {@code value}. */
    public static Matrix filled(Shape shape, double value) {
        double[] entries = new double[shape.rows() * shape.cols()];
        Arrays.fill(entries, value);
        return new Matrix(shape, entries);
    }

    public Shape shape() {
        return shape;
    }

    public double get(int row, int col) {
        return entries[row * shape.cols() + col];
    }

    /** The only entry of a 1×1 matrix. */
    public double scalarValue() {
        if (!shape.equals(Shape.SCALAR)) {
            throw new IllegalStateException("a " + shape + " matrix is not a scalar");
        }
        return entries[0];
    }

    /** f applied to every entry. */
    public Matrix map(DoubleUnaryOperator f) {
        double[] result = new double[entries.length];
        for (int k = 0; k < entries.length; k++) {
            result[k] = f.applyAsDouble(entries[k]);
        }
        return new Matrix(shape, result);
    }

    /** f applied to the corresponding entries of this and {@code other}, which has the same shape. */
    public Matrix zip(Matrix other, DoubleBinaryOperator f) {
        double[] result = new double[entries.length];
        for (int k = 0; k < entries.length; k++) {
            result[k] = f.applyAsDouble(entries[k], other.entries[k]);
        }
        return new Matrix(shape, result);
    }

    /** The matrix product this · other. */
    public Matrix times(Matrix other) {
        int n = shape.cols();
        int p = other.shape.cols();
        double[] result = new double[shape.rows() * p];
        for (int i = 0; i < shape.rows(); i++) {
            for (int k = 0; k < n; k++) {
                double a = entries[i * n + k];
                for (int j = 0; j < p; j++) {
                    result[i * p + j] += a * other.entries[k * p + j];
                }
            }
        }
        return new Matrix(new Shape(shape.rows(), p), result);
    }

    public Matrix transpose() {
        double[] result = new double[entries.length];
        for (int i = 0; i < shape.rows(); i++) {
            for (int j = 0; j < shape.cols(); j++) {
                result[j * shape.rows() + i] = entries[i * shape.cols() + j];
            }
        }
        return new Matrix(new Shape(shape.cols(), shape.rows()), result);
    }

    /** The sum of all entries. */
    public double sum() {
        double sum = 0;
        for (double entry : entries) {
            sum += entry;
        }
        return sum;
    }

    /** Whether every entry is finite (neither infinite nor NaN). */
    public boolean isFinite() {
        return Arrays.stream(entries).allMatch(Double::isFinite);
    }

    /** The rows, as a fresh array. */
    public double[][] toArray() {
        double[][] rows = new double[shape.rows()][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = Arrays.copyOfRange(entries, r * shape.cols(), (r + 1) * shape.cols());
        }
        return rows;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Matrix that && shape.equals(that.shape) && Arrays.equals(entries, that.entries);
    }

    @Override
    public int hashCode() {
        return 31 * shape.hashCode() + Arrays.hashCode(entries);
    }

    @Override
    public String toString() {
        return shape.equals(Shape.SCALAR) ? Double.toString(entries[0]) : Arrays.deepToString(toArray());
    }
}
