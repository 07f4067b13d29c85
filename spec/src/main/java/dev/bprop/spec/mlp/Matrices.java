package dev.bprop.spec.mlp;

/** Defensive copies, so that the immutable spec types never share an array with a caller. */
final class Matrices {
    private Matrices() {
    }

    static double[][] copy(double[][] matrix) {
        double[][] copy = new double[matrix.length][];
        for (int row = 0; row < matrix.length; row++) {
            copy[row] = matrix[row].clone();
        }
        return copy;
    }
}
