package dev.bprop.conformance.bounds.slow;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A problem's network as plain mutable arrays, with the pieces of backpropagation the slow implementations assemble
 * in their own wasteful ways: the forward pass (FWD-Z, FWD-A), the mean squared error (LOSS-MSE), BP1 and BP2.
 * Only the activations of the bounds networks, tanh and identity, and mse: what the slow adapters declare.
 */
final class DenseNetwork {
    /** The activations the slow adapters declare. */
    static final Set<Activation> ACTIVATIONS = EnumSet.of(Activation.TANH, Activation.IDENTITY);

    final double[][][] weights;
    final double[][] biases;
    private final Activation[] activations;
    private final double[][] inputs;
    private final double[][] targets;

    private DenseNetwork(Problem problem) {
        int depth = problem.depth();
        weights = new double[depth + 1][][];
        biases = new double[depth + 1][];
        activations = new Activation[depth + 1];
        for (int l = 1; l <= depth; l++) {
            Layer layer = problem.layer(l);
            weights[l] = layer.weights();
            biases[l] = layer.bias();
            activations[l] = layer.activation();
        }
        inputs = problem.inputs();
        targets = problem.targets();
    }

    static DenseNetwork of(Problem problem) {
        return new DenseNetwork(problem);
    }

    int depth() {
        return weights.length - 1;
    }

    int batch() {
        return inputs.length;
    }

    /** A^0..A^L, one row per example. */
    double[][][] forward() {
        double[][][] a = new double[depth() + 1][][];
        a[0] = inputs;
        for (int l = 1; l <= depth(); l++) {
            a[l] = new double[batch()][];
            for (int e = 0; e < batch(); e++) {
                a[l][e] = layer(l, a[l - 1][e]);
            }
        }
        return a;
    }

    /** a^l = g(W^l a^(l−1) + b^l) for one example. */
    private double[] layer(int l, double[] previous) {
        double[] a = new double[biases[l].length];
        for (int j = 0; j < a.length; j++) {
            double z = biases[l][j];
            for (int i = 0; i < previous.length; i++) {
                z += weights[l][j][i] * previous[i];
            }
            a[j] = activations[l] == Activation.TANH ? Math.tanh(z) : z;
        }
        return a;
    }

    /** J = (1/m) Σ_e ½ ‖a^L_e − y_e‖² (LOSS-MSE). */
    double loss(double[][] outputs) {
        double sum = 0;
        for (int e = 0; e < batch(); e++) {
            for (int k = 0; k < outputs[e].length; k++) {
                double residual = outputs[e][k] - targets[e][k];
                sum += residual * residual / 2;
            }
        }
        return sum / batch();
    }

    /** BP1 for example e: δ^L = (a^L − y)/m ⊙ g'. */
    double[] outputError(int e, double[] output) {
        double[] delta = new double[output.length];
        for (int k = 0; k < delta.length; k++) {
            delta[k] = (output[k] - targets[e][k]) / batch() * slope(depth(), output[k]);
        }
        return delta;
    }

    /** BP2 for one example: δ^l = (W^(l+1))ᵀ δ^(l+1) ⊙ g'(z^l), with g' read from a^l. */
    double[] hiddenError(int l, double[] nextError, double[] activation) {
        double[] delta = new double[activation.length];
        for (int k = 0; k < nextError.length; k++) {
            for (int j = 0; j < delta.length; j++) {
                delta[j] += weights[l + 1][k][j] * nextError[k];
            }
        }
        for (int j = 0; j < delta.length; j++) {
            delta[j] *= slope(l, activation[j]);
        }
        return delta;
    }

    /** g' of layer l from the activation a = g(z): 1 − a² for tanh, 1 for identity. */
    private double slope(int l, double a) {
        return activations[l] == Activation.TANH ? 1 - a * a : 1;
    }

    /** The result of gradients summed into {@code weightGradients[l]}, {@code biasGradients[l]}. */
    Result result(double[][][] a, double[][][] weightGradients, double[][] biasGradients) {
        List<LayerGradient> gradients = new ArrayList<>();
        for (int l = 1; l <= depth(); l++) {
            gradients.add(new LayerGradient(weightGradients[l], biasGradients[l]));
        }
        return new Result(loss(a[depth()]), a[depth()], gradients);
    }

    /** Zero gradients in the shapes of the layers. */
    double[][][] zeroWeights() {
        double[][][] zero = new double[depth() + 1][][];
        for (int l = 1; l <= depth(); l++) {
            zero[l] = new double[weights[l].length][weights[l][0].length];
        }
        return zero;
    }

    double[][] zeroBiases() {
        double[][] zero = new double[depth() + 1][];
        for (int l = 1; l <= depth(); l++) {
            zero[l] = new double[biases[l].length];
        }
        return zero;
    }

    /** BP3 and BP4 for one example: ∂J/∂b += δ, ∂J/∂W += δ (a^(l−1))ᵀ. */
    static void accumulate(double[][] weightGradient, double[] biasGradient, double[] delta, double[] previous) {
        for (int j = 0; j < delta.length; j++) {
            biasGradient[j] += delta[j];
            for (int i = 0; i < previous.length; i++) {
                weightGradient[j][i] += delta[j] * previous[i];
            }
        }
    }

    /** sum += term, entry by entry. */
    static void add(double[][] sum, double[][] term) {
        for (int j = 0; j < sum.length; j++) {
            for (int i = 0; i < sum[j].length; i++) {
                sum[j][i] += term[j][i];
            }
        }
    }
}
