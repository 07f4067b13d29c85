package dev.bprop.conformance.bounds.slow;

import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;

/**
 * Backpropagation that does not keep the forward pass (clause FWD-STORE): each layer of the backward pass runs the
 * whole forward pass again to get the activations it needs. L forward passes of O(L) layers: O(L²) in the depth,
 * with exactly the reference's arithmetic, so only BOUND-DEPTH catches it.
 */
final class RecomputingBackward extends SlowAdapter {
    @Override
    public Result gradient(Problem problem) {
        DenseNetwork network = DenseNetwork.of(problem);
        int depth = network.depth();
        double[][][] weightGradients = network.zeroWeights();
        double[][] biasGradients = network.zeroBiases();
        double[][][] a = network.forward();
        double[][] errors = new double[network.batch()][];
        for (int e = 0; e < network.batch(); e++) {
            errors[e] = network.outputError(e, a[depth][e]);
        }
        for (int l = depth; l >= 1; l--) {
            double[][][] recomputed = network.forward();
            for (int e = 0; e < network.batch(); e++) {
                DenseNetwork.accumulate(weightGradients[l], biasGradients[l], errors[e], recomputed[l - 1][e]);
                if (l > 1) {
                    errors[e] = network.hiddenError(l - 1, errors[e], recomputed[l - 1][e]);
                }
            }
        }
        return network.result(a, weightGradients, biasGradients);
    }
}
