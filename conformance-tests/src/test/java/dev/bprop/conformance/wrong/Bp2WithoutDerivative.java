package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Problem;

/** BP2 without the factor g'(z^l): δ^l = (W^(l+1))ᵀ δ^(l+1). */
final class Bp2WithoutDerivative extends Textbook {
    @Override
    double[] hiddenError(Problem problem, int l, double[] next, double[] z) {
        double[][] weights = problem.layer(l + 1).weights();
        double[] delta = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            for (int k = 0; k < next.length; k++) {
                delta[j] += weights[k][j] * next[k];
            }
        }
        return delta;
    }
}
