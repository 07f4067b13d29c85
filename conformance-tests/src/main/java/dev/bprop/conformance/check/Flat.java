package dev.bprop.conformance.check;

import java.util.Arrays;

/** Row-major flattening of the spec's {@code double[][]}, so that one comparison serves every tensor. */
final class Flat {
    private Flat() {
    }

    static double[] of(double[][] matrix) {
        return Arrays.stream(matrix).flatMapToDouble(Arrays::stream).toArray();
    }
}
