package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Problem;

/** The batch mean's factor written {@code 1 / m} with an int m: 0 for every batch of two or more. */
final class IntegerOneOverM extends Textbook {
    @Override
    double[] outputError(Problem problem, double[] z, double[] a, double[] y, int m) {
        double[] delta = super.outputError(problem, z, a, y, 1);
        for (int k = 0; k < delta.length; k++) {
            delta[k] *= 1 / m;
        }
        return delta;
    }
}
