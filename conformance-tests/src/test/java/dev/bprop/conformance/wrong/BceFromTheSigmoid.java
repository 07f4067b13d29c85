package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;

/** Binary cross entropy from the computed σ(z), −[y ln a + (1 − y) ln(1 − a)]: infinite once a rounds to 0 or 1. */
final class BceFromTheSigmoid extends Textbook {
    @Override
    double loss(Problem problem, double[][] z, double[][] a) {
        if (problem.loss() != Loss.BINARY_CROSS_ENTROPY) {
            return super.loss(problem, z, a);
        }
        double sum = 0;
        for (int e = 0; e < a.length; e++) {
            for (int k = 0; k < a[e].length; k++) {
                double y = problem.target(e, k);
                sum -= y * Math.log(a[e][k]) + (1 - y) * Math.log(1 - a[e][k]);
            }
        }
        return sum / a.length;
    }
}
