package dev.bprop.conformance.diagnose;

import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.reference.mlp.Matrix;
import dev.bprop.reference.mlp.Trace;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.Optional;
import java.util.SortedSet;

/**
 * BP4 with the wrong layer's activations: ∂J/∂W^l = Σ_e δ^l_e (a^k_e)ᵀ for some k ≠ l − 1 of the same width. The
 * hypothesis is tested by forming that sum from the reference's δ^l and a^k and comparing it with what was found.
 */
final class OffByOneLayer {
    private OffByOneLayer() {
    }

    static Optional<String> find(Problem problem, Result found, SortedSet<Integer> wrongLayers) {
        Trace trace = Backpropagation.trace(problem);
        for (int l : wrongLayers) {
            for (int k = 0; k <= problem.depth(); k++) {
                if (k != l - 1 && problem.width(k) == problem.width(l - 1)
                        && close(outer(trace.error(l), trace.forward().activation(k)), found.gradient(l).weights())) {
                    return Optional.of("∂J/∂W^" + l + " is Σ_e δ^" + l + "_e (a^" + k + "_e)ᵀ: BP4 takes the "
                            + "activations of layer " + k + " where those of layer " + (l - 1) + " belong, off by "
                            + "one layer");
                }
            }
        }
        return Optional.empty();
    }

    private static double[][] outer(Matrix errors, Matrix activations) {
        double[][] sum = new double[errors.columns()][activations.columns()];
        for (int e = 0; e < errors.rows(); e++) {
            for (int j = 0; j < errors.columns(); j++) {
                for (int i = 0; i < activations.columns(); i++) {
                    sum[j][i] += errors.get(e, j) * activations.get(e, i);
                }
            }
        }
        return sum;
    }

    private static boolean close(double[][] hypothesis, double[][] found) {
        double scale = 0;
        for (double[] row : hypothesis) {
            for (double value : row) {
                scale = Math.max(scale, Math.abs(value));
            }
        }
        for (int j = 0; j < hypothesis.length; j++) {
            for (int i = 0; i < hypothesis[j].length; i++) {
                if (!(Math.abs(found[j][i] - hypothesis[j][i]) <= 1e-6 * scale)) {
                    return false;
                }
            }
        }
        return scale > 0;
    }
}
