package dev.bprop.oracle.compare;

import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.LayerIndex;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * Clause FMT-RESULT: a result has m rows of n_L outputs and, for every layer l, ∂J/∂W^l in the shape of W^l
 * (n_l × n_(l−1)) and ∂J/∂b^l with n_l entries. Shapes are checked before any number is compared, so that a
 * transposed or missing tensor is named as such rather than as an index out of bounds.
 */
public final class ResultShapes {
    private ResultShapes() {
    }

    /** What is wrong with the shapes of {@code result} as an answer to {@code problem}; empty when nothing is. */
    public static List<String> errors(Problem problem, Result result) {
        List<String> errors = new ArrayList<>();
        if (result == null) {
            errors.add("the implementation returned null");
            return errors;
        }
        matrix(errors, "outputs", result.outputs(), problem.batchSize(), problem.width(problem.depth()));
        if (result.gradients().size() != problem.depth()) {
            errors.add("gradients: expected " + problem.depth() + " layers, found " + result.gradients().size());
            return errors;
        }
        for (int l = 1; l <= problem.depth(); l++) {
            LayerGradient gradient = result.gradient(l);
            matrix(errors, LayerIndex.gradientPlace(l) + ".weights", gradient.weights(), problem.width(l),
                    problem.width(l - 1));
            int biasLength = gradient.bias().length;
            if (biasLength != problem.width(l)) {
                errors.add(LayerIndex.gradientPlace(l) + ".bias: expected " + problem.width(l) + " entries, found "
                        + biasLength);
            }
        }
        return errors;
    }

    private static void matrix(List<String> errors, String place, double[][] matrix, int rows, int columns) {
        if (matrix.length != rows) {
            errors.add(place + ": expected " + rows + " rows of " + columns + ", found " + matrix.length + " rows");
            return;
        }
        for (int r = 0; r < rows; r++) {
            if (matrix[r].length != columns) {
                errors.add(place + ": expected " + rows + " rows of " + columns + ", found a row of "
                        + matrix[r].length);
                return;
            }
        }
    }
}
