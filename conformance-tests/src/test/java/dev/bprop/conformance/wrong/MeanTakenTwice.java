package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Problem;

/** 1/m in δ^L and the gradients averaged again: the double mean BP-BATCH warns of. */
final class MeanTakenTwice extends Textbook {
    @Override
    double[] outputError(Problem problem, double[] z, double[] a, double[] y, int m) {
        return super.outputError(problem, z, a, y, m * m);
    }
}
