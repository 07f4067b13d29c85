package dev.bprop.conformance.internal.shrink;

import dev.bprop.conformance.internal.problem.EditableProblem;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Simpler numbers: every weight, bias, input and target rounded to a number of decimal places, so that the
 * problem file a maintainer pastes into a bug report reads like a hand-made example. Cross-entropy targets are
 * left alone: rounded, a probability row may no longer sum to 1 (LOSS-CE).
 */
final class Rounding {
    private Rounding() {
    }

    static Problem round(Problem problem, int digits) {
        EditableProblem editable = EditableProblem.of(problem);
        editable.weights.replaceAll(matrix -> round(matrix, digits));
        editable.biases.replaceAll(bias -> round(bias, digits));
        editable.inputs = round(editable.inputs, digits);
        if (problem.loss() != Loss.CROSS_ENTROPY) {
            editable.targets = round(editable.targets, digits);
        }
        return editable.toProblem();
    }

    private static double[][] round(double[][] matrix, int digits) {
        double[][] rounded = new double[matrix.length][];
        for (int r = 0; r < matrix.length; r++) {
            rounded[r] = round(matrix[r], digits);
        }
        return rounded;
    }

    private static double[] round(double[] values, int digits) {
        double[] rounded = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            rounded[i] = new BigDecimal(values[i]).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
        }
        return rounded;
    }
}
