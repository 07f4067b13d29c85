package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Problem;

/**
 * Weights held row-major in one array, as most libraries hold them, and BP2 reading W^(l+1) with the strides
 * swapped: entry (j, k) at j·n_(l+1) + k, where Wᵀ's entry (j, k) is at k·n_l + j. On every shape.
 */
final class MissingTransposeInFlatStorage extends Textbook {
    @Override
    double[] hiddenError(Problem problem, int l, double[] next, double[] z) {
        double[][] weights = problem.layer(l + 1).weights();
        int columns = weights[0].length;
        double[] flat = new double[weights.length * columns];
        for (int k = 0; k < weights.length; k++) {
            System.arraycopy(weights[k], 0, flat, k * columns, columns);
        }
        double[] delta = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            double sum = 0;
            for (int k = 0; k < next.length; k++) {
                sum += flat[j * next.length + k] * next[k];
            }
            delta[j] = sum * derivative(problem.layer(l).activation(), z[j]);
        }
        return delta;
    }
}
