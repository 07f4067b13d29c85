package dev.bprop.conformance.bounds.slow;

import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;

/**
 * The gradient by central differences, one parameter at a time: 2w forward passes of O(w·m) each, O(w²·m) in all
 * (deck 002 "This is expensive!"). Right to about 1e−10, so only BOUND-WEIGHTS and BOUND-RATIO catch it.
 */
final class FiniteDifferences extends SlowAdapter {
    private static final double STEP = 1e-5;

    @Override
    public Result gradient(Problem problem) {
        DenseNetwork network = DenseNetwork.of(problem);
        double[][][] weightGradients = network.zeroWeights();
        double[][] biasGradients = network.zeroBiases();
        for (int l = 1; l <= network.depth(); l++) {
            for (int j = 0; j < network.biases[l].length; j++) {
                for (int i = 0; i < network.weights[l][j].length; i++) {
                    weightGradients[l][j][i] = derivative(network, network.weights[l][j], i);
                }
                biasGradients[l][j] = derivative(network, network.biases[l], j);
            }
        }
        return network.result(network.forward(), weightGradients, biasGradients);
    }

    /** ∂J/∂p for the parameter p = {@code parameters[index]}, which is restored afterwards. */
    private static double derivative(DenseNetwork network, double[] parameters, int index) {
        double saved = parameters[index];
        parameters[index] = saved + STEP;
        double above = network.loss(network.forward()[network.depth()]);
        parameters[index] = saved - STEP;
        double below = network.loss(network.forward()[network.depth()]);
        parameters[index] = saved;
        return (above - below) / (2 * STEP);
    }
}
