package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;

/** δ^L = (a − y)/m · σ'(z) for sigmoid with binary cross entropy, where the loss has already cancelled σ'. */
final class BceDerivativeAppliedTwice extends Textbook {
    @Override
    double[] outputError(Problem problem, double[] z, double[] a, double[] y, int m) {
        double[] delta = super.outputError(problem, z, a, y, m);
        if (problem.loss() == Loss.BINARY_CROSS_ENTROPY) {
            for (int k = 0; k < delta.length; k++) {
                delta[k] *= derivative(Activation.SIGMOID, z[k]);
            }
        }
        return delta;
    }
}
