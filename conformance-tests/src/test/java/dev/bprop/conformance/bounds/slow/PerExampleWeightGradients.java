package dev.bprop.conformance.bounds.slow;

import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * Backpropagation that forms every example's weight gradients as matrices of their own and keeps them all until the
 * end, where it sums them: memory O(m·w) instead of O(w + m·h) (clause COST-MEMORY), in time O(m·w) as it should
 * be. Exactly the reference's arithmetic, so only the per-example allocation clause of BOUND-MEMORY catches it.
 */
final class PerExampleWeightGradients extends SlowAdapter {
    @Override
    public Result gradient(Problem problem) {
        DenseNetwork network = DenseNetwork.of(problem);
        int depth = network.depth();
        double[][][] a = network.forward();
        List<double[][][]> perExample = new ArrayList<>();
        double[][] biasGradients = network.zeroBiases();
        for (int e = 0; e < network.batch(); e++) {
            double[][][] own = network.zeroWeights();
            double[] delta = network.outputError(e, a[depth][e]);
            for (int l = depth; l >= 1; l--) {
                DenseNetwork.accumulate(own[l], biasGradients[l], delta, a[l - 1][e]);
                if (l > 1) {
                    delta = network.hiddenError(l - 1, delta, a[l - 1][e]);
                }
            }
            perExample.add(own);
        }
        double[][][] weightGradients = network.zeroWeights();
        for (double[][][] own : perExample) {
            for (int l = 1; l <= depth; l++) {
                DenseNetwork.add(weightGradients[l], own[l]);
            }
        }
        return network.result(a, weightGradients, biasGradients);
    }
}
