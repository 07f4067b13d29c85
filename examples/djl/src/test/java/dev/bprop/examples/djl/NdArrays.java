package dev.bprop.examples.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/** Copies DJL arrays back into the plain Java arrays of the spec types (FMT-RESULT). */
final class NdArrays {
    private NdArrays() {
    }

    /**
     * The rows of a two-dimensional float64 array. {@link NDArray#toDoubleArray()} refuses any other data type, so
     * float32 arithmetic cannot slip into a result unnoticed.
     */
    static double[][] matrix(NDArray array) {
        Shape shape = array.getShape();
        if (shape.dimension() != 2) {
            throw new IllegalArgumentException("expected a matrix, found an array of shape " + shape);
        }
        int rows = Math.toIntExact(shape.get(0));
        int columns = Math.toIntExact(shape.get(1));
        double[] flat = array.toDoubleArray();
        double[][] matrix = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(flat, r * columns, matrix[r], 0, columns);
        }
        return matrix;
    }

    /** The entries of a one-dimensional float64 array. */
    static double[] vector(NDArray array) {
        if (array.getShape().dimension() != 1) {
            throw new IllegalArgumentException("expected a vector, found an array of shape " + array.getShape());
        }
        return array.toDoubleArray();
    }

    /**
     * The value of a scalar (0-dimensional) array as a double. A float64 array is read as it is; DJL's PyTorch
     * engine answers {@code getGradient()} of a leaf that backward never reached with float32 zeros
     * ({@code PtNDArray.getGradient}, "To align with MXNet's behavior, we will create a zeros NDArray"), which
     * widen to 0.0 exactly.
     */
    static double scalar(NDArray array) {
        return array.toType(DataType.FLOAT64, false).getDouble();
    }
}
