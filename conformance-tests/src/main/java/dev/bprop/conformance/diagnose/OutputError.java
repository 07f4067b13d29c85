package dev.bprop.conformance.diagnose;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;

/**
 * Errors from the output layer down, with the outputs right: δ^L is wrong, and which form of BP1 applies tells
 * where to look. For softmax with mse, the hypothesis that the Jacobian was cut to its diagonal is tested:
 * δ^L_j = a_j (1 − a_j) g_j with g = (a − y)/m, summed over the batch into ∂J/∂b^L.
 */
final class OutputError {
    private OutputError() {
    }

    static String describe(Problem problem, Result found) {
        int depth = problem.depth();
        Activation last = problem.layer(depth).activation();
        String prefix = "errors from the output layer down, with the outputs right: δ^L is wrong (";
        if (last == Activation.SOFTMAX && problem.loss() == Loss.MSE) {
            if (diagonal(problem, found)) {
                return "the softmax Jacobian was reduced to its diagonal a_j(1 − a_j): BP1-JACOBIAN needs the full "
                        + "Jacobian, δ_j = a_j (g_j − Σ_k a_k g_k)";
            }
            return prefix + "BP1-JACOBIAN, δ_j = a_j (g_j − Σ_k a_k g_k))";
        }
        if (last == Activation.SOFTMAX) {
            return prefix + "BP1-SOFTMAX-CE, δ^L = (a^L − y)/m)";
        }
        if (problem.loss() == Loss.BINARY_CROSS_ENTROPY) {
            return prefix + "BP1-SIGMOID-BCE, δ^L = (a^L − y)/m)";
        }
        return prefix + "BP1, δ^L = ∇_a J ⊙ g'(z^L))";
    }

    private static boolean diagonal(Problem problem, Result found) {
        double[][] outputs = found.outputs();
        int m = outputs.length;
        double[] bias = new double[outputs[0].length];
        for (int e = 0; e < m; e++) {
            for (int j = 0; j < bias.length; j++) {
                double a = outputs[e][j];
                bias[j] += a * (1 - a) * (a - problem.target(e, j)) / m;
            }
        }
        double[] foundBias = found.gradient(problem.depth()).bias();
        double scale = 0;
        for (double value : bias) {
            scale = Math.max(scale, Math.abs(value));
        }
        for (int j = 0; j < bias.length; j++) {
            if (!(Math.abs(foundBias[j] - bias[j]) <= 1e-6 * scale)) {
                return false;
            }
        }
        return scale > 0;
    }
}
