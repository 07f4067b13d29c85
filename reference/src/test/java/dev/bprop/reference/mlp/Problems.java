package dev.bprop.reference.mlp;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.List;

/** Hand-written problems shared by the tests. */
final class Problems {
    static final double[][] XOR_INPUTS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    static final double[][] XOR_TARGETS = {{0}, {1}, {1}, {0}};

    private Problems() {
    }

    /** The slides' XOR network (000_*, forward pass example) with its output bias set to {@code outputBias}. */
    static Problem xor(double outputBias) {
        return new Problem("xor", List.of(
                new Layer(Activation.RELU, new double[][] {{1, 1}, {1, 1}}, new double[] {0, -1}),
                new Layer(Activation.IDENTITY, new double[][] {{1, -2}}, new double[] {outputBias})),
                Loss.MSE, XOR_INPUTS, XOR_TARGETS);
    }

    /** One layer, one example: the smallest problem that shows a loss and an activation together. */
    static Problem singleLayer(Activation activation, double[][] weights, double[] bias, Loss loss, double[] input,
            double[] target) {
        return new Problem(null, List.of(new Layer(activation, weights, bias)), loss, new double[][] {input},
                new double[][] {target});
    }
}
