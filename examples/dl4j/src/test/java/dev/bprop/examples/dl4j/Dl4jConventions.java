package dev.bprop.examples.dl4j;

import dev.bprop.spec.mlp.Loss;

/**
 * How DL4J's numbers relate to the spec's, and the conversions the adapter applies (clauses NOT-SHAPES, LOSS-MEAN,
 * LOSS-MSE, BP-BATCH). None of these is a deviation: each is a documented convention of DL4J 1.0.0-M2.1, read from its
 * source and confirmed by the spec vectors passing after the conversion.
 *
 * <ul>
 * <li><b>Weight layout</b> (NOT-SHAPES). DL4J's {@code DefaultParamInitializer} stores a dense layer's weights
 * {@code "W"} as an nIn × nOut matrix (z = x·W + b with examples in rows); the spec's W^l is n_l × n_(l−1), row j
 * holding the weights into unit j. The adapter writes W^l transposed and reads ∂J/∂W transposed back.</li>
 * <li><b>Batch sum</b> (BP-BATCH). {@code MultiLayerNetwork.computeGradientAndScore()} leaves the gradient as the
 * <em>sum</em> over the m examples ({@code BaseOutputLayer.getGradientsAndDelta} takes the loss's per-example δ and
 * multiplies x^T·δ with no 1/m); the division by m happens later, in {@code BaseMultiLayerUpdater.update} when
 * {@code miniBatch} is true. The score, however, is already divided by m in {@code BaseOutputLayer.computeScore}
 * under {@code miniBatch(true)}. So the gradient is m times the spec's and the score is not.</li>
 * <li><b>Squared error</b> (LOSS-MSE). {@code LossMSE} extends {@code LossL2}, whose per-example score is
 * Σ_k (a_k − y_k)² (no ½) with dL/da = 2(a − y), and then divides both the score and the gradient by n_L =
 * {@code labels.size(1)}. So DL4J's MSE score is 2/n_L times the spec's ½‖a − y‖² and its gradient carries the same
 * factor. ({@code LossL2} would be 2 without the 1/n_L; the adapter uses {@code LossMSE}, DL4J's
 * {@code LossFunction.MSE}.)</li>
 * <li><b>Cross entropy and binary cross entropy</b> (LOSS-CE, LOSS-BCE) sum over the outputs and, with
 * {@code miniBatch(true)}, average over the batch in the score: the same scale as the spec.</li>
 * <li><b>Sign</b>: DL4J's gradient is ∇J, the ascent direction, as the spec's; nothing to convert.</li>
 * </ul>
 */
final class Dl4jConventions {
    private Dl4jConventions() {
    }

    /** DL4J's score over the spec's J for {@code loss} with {@code outputs} = n_L output units. */
    static double scoreFactor(Loss loss, int outputs) {
        return loss == Loss.MSE ? 2.0 / outputs : 1.0;
    }

    /** DL4J's gradient over the spec's ∇J: the score factor, times m for the batch sum. */
    static double gradientFactor(Loss loss, int outputs, int examples) {
        return scoreFactor(loss, outputs) * examples;
    }

    /**
     * {@code matrix} transposed and divided by {@code divisor}: DL4J's nIn × nOut layout to the spec's n_l × n_(l−1)
     * and back (divisor 1). Both in one pass, so each entry is rounded once.
     */
    static double[][] transposed(double[][] matrix, double divisor) {
        int rows = matrix.length;
        int columns = rows == 0 ? 0 : matrix[0].length;
        double[][] result = new double[columns][rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                result[c][r] = matrix[r][c] / divisor;
            }
        }
        return result;
    }

    /** {@code values} divided by {@code factor}. */
    static double[] divided(double[] values, double factor) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i] / factor;
        }
        return result;
    }
}
