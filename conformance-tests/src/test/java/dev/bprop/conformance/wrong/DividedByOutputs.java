package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Problem;

/** The mse averaged over the n_L outputs as well as the batch (numpy's mean over everything). */
final class DividedByOutputs extends Textbook {
    @Override
    double squaredError(double[] a, double[] y) {
        return super.squaredError(a, y) / a.length;
    }

    @Override
    double[] outputError(Problem problem, double[] z, double[] a, double[] y, int m) {
        return super.outputError(problem, z, a, y, m * a.length);
    }
}
