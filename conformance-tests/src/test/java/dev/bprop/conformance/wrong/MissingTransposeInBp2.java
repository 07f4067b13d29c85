package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Problem;

/** BP2 with W^(l+1) where (W^(l+1))ᵀ belongs: δ^l_j = Σ_k w_jk δ_k. */
final class MissingTransposeInBp2 extends Textbook {
    @Override
    double[] hiddenError(Problem problem, int l, double[] next, double[] z) {
        double[][] weights = problem.layer(l + 1).weights();
        double[] delta = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            double sum = 0;
            for (int k = 0; k < next.length; k++) {
                sum += weights[j][k] * next[k];
            }
            delta[j] = sum * derivative(problem.layer(l).activation(), z[j]);
        }
        return delta;
    }
}
