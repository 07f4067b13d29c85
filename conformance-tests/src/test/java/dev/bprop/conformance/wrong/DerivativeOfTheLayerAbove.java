package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Problem;

/** Each hidden layer's δ multiplied by the derivative of the next layer's activation (identity for softmax). */
final class DerivativeOfTheLayerAbove extends Textbook {
    @Override
    double[] hiddenError(Problem problem, int l, double[] next, double[] z) {
        Activation above = problem.layer(l + 1).activation();
        Activation used = above == Activation.SOFTMAX ? Activation.IDENTITY : above;
        double[][] weights = problem.layer(l + 1).weights();
        double[] delta = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            double sum = 0;
            for (int k = 0; k < next.length; k++) {
                sum += weights[k][j] * next[k];
            }
            delta[j] = sum * derivative(used, z[j]);
        }
        return delta;
    }
}
