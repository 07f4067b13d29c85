package dev.bprop.cli.grade;

import java.util.List;

/**
 * One graded block of numbers of an answer, with its path in the answer file (clause FMT-GRADE-ANSWER): a scalar
 * ({@code loss}), a vector ({@code gradients[0].bias}), a matrix ({@code layers[1].delta}) or named entries
 * ({@code gradient}, a graph's inputs). Values are held as rows; a scalar is 1 × 1, a vector and named entries 1 × n.
 *
 * @param path the path in the answer file
 * @param kind how entries are placed
 * @param values the numbers, row by row
 * @param names the entries' names for named entries, else empty
 */
public record Tensor(String path, Kind kind, double[][] values, List<String> names) {
    /** How the entries of a tensor are placed in the file. */
    public enum Kind { SCALAR, VECTOR, MATRIX, NAMED }

    public static Tensor scalar(String path, double value) {
        return new Tensor(path, Kind.SCALAR, new double[][] {{value}}, List.of());
    }

    public static Tensor vector(String path, double[] values) {
        return new Tensor(path, Kind.VECTOR, new double[][] {values.clone()}, List.of());
    }

    public static Tensor matrix(String path, double[][] values) {
        return new Tensor(path, Kind.MATRIX, values, List.of());
    }

    public static Tensor named(String path, List<String> names, double[] values) {
        return new Tensor(path, Kind.NAMED, new double[][] {values.clone()}, List.copyOf(names));
    }

    /** The path of entry (r, c): {@code loss}, {@code gradients[0].bias[2]}, {@code layers[0].delta[0][1]}, {@code gradient.x1}. */
    public String place(int r, int c) {
        return switch (kind) {
            case SCALAR -> path;
            case VECTOR -> path + "[" + c + "]";
            case MATRIX -> path + "[" + r + "][" + c + "]";
            case NAMED -> path + "." + names.get(c);
        };
    }

    /** The shape as a phrase: "one number", "3 entries", "2 rows of 3". */
    public String shape() {
        return switch (kind) {
            case SCALAR -> "one number";
            case VECTOR, NAMED -> values[0].length + " entries";
            case MATRIX -> values.length + " rows of " + (values.length == 0 ? 0 : values[0].length);
        };
    }

    /** Whether {@code other} has this tensor's shape. */
    public boolean sameShape(Tensor other) {
        if (values.length != other.values.length) {
            return false;
        }
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != other.values[r].length) {
                return false;
            }
        }
        return true;
    }

    /** The largest magnitude among the entries, the M of a significant-digit tolerance's floor. */
    public double largestMagnitude() {
        double largest = 0;
        for (double[] row : values) {
            for (double value : row) {
                largest = Math.max(largest, Math.abs(value));
            }
        }
        return largest;
    }
}
