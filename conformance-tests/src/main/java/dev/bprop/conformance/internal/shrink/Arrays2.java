package dev.bprop.conformance.internal.shrink;

/** Copies of arrays with one entry, row or column left out. */
final class Arrays2 {
    private Arrays2() {
    }

    static double[] without(double[] values, int index) {
        double[] copy = new double[values.length - 1];
        System.arraycopy(values, 0, copy, 0, index);
        System.arraycopy(values, index + 1, copy, index, values.length - index - 1);
        return copy;
    }

    static double[][] withoutRow(double[][] matrix, int row) {
        double[][] copy = new double[matrix.length - 1][];
        for (int r = 0, to = 0; r < matrix.length; r++) {
            if (r != row) {
                copy[to++] = matrix[r].clone();
            }
        }
        return copy;
    }

    static double[][] withoutColumn(double[][] matrix, int column) {
        double[][] copy = new double[matrix.length][];
        for (int r = 0; r < matrix.length; r++) {
            copy[r] = without(matrix[r], column);
        }
        return copy;
    }
}
