package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Problem;

/** δ^L without the 1/m: BP3 and BP4 then sum the batch where BP-BATCH wants the mean. */
final class BatchSumInsteadOfMean extends Textbook {
    @Override
    double[] outputError(Problem problem, double[] z, double[] a, double[] y, int m) {
        return super.outputError(problem, z, a, y, 1);
    }
}
