package dev.bprop.oracle.tangent;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;

/**
 * D of clause CMP-TOLERANCE for a problem: the number of rounded operations on the longest path from a parameter
 * to J, counted over the operations the oracles' formulas perform ({@code objective.ProblemObjective}), taking at
 * every branch the deeper side — so D is the tape's depth when every unit takes the deeper branch and an upper
 * bound otherwise, which only widens the bound b_k = 2·D·(u·S_k + η).
 *
 * <p>A chain s_0 = c, s_(i+1) = s_i + t_i of n additions onto a leaf, with every term t_i of depth d, has depth
 * n + d. Counting so, with d_a^0 = 0 for the inputs:
 *
 * <pre>
 *     z^l      n_(l−1) + 1 + d_a^(l−1)        (b + Σ_i w_ji·a_i: one product, n_(l−1) additions)
 *     a^l      d_z^l + 0                      identity, relu, hardtanh (z itself or a constant)
 *              d_z^l + 1                      tanh, sigmoid, leaky relu (one operation)
 *              d_z^l + n_L + 3                softmax (z − M, exp, n_L additions, one division)
 *     ℓ        n_L + d_a^L + 3                mse (a − y, square, n_L additions, ½·)
 *              n_L + d_z^L + 5                cross entropy (z − M, exp, n_L additions, ln, mass·, − weighted)
 *              n_L + d_z^L + 2                bce (softplus or y·z, − , n_L additions)
 *     J        m + d_ℓ + 1                    (m additions of the examples, ÷ m)
 * </pre>
 */
final class EvaluationDepth {
    private EvaluationDepth() {
    }

    /** The depth of J. */
    static int of(Problem problem) {
        int outputs = problem.width(problem.depth());
        int example = switch (problem.loss()) {
            case MSE -> outputs + ofOutputs(problem) + 3;
            case CROSS_ENTROPY -> outputs + ofLogits(problem) + 5;
            case BINARY_CROSS_ENTROPY -> outputs + ofLogits(problem) + 2;
        };
        return problem.batchSize() + example + 1;
    }

    /** d_a^L, the depth of the outputs a^L_ek (CMP-VALUE). */
    static int ofOutputs(Problem problem) {
        int last = problem.depth();
        return ofLogits(problem) + activation(problem.layer(last).activation(), problem.width(last));
    }

    /** d_z^L, the depth of the logits. */
    private static int ofLogits(Problem problem) {
        int below = 0;
        int logits = 0;
        for (int l = 1; l <= problem.depth(); l++) {
            logits = problem.width(l - 1) + 1 + below;
            below = logits + activation(problem.layer(l).activation(), problem.width(l));
        }
        return logits;
    }

    private static int activation(Activation activation, int units) {
        return switch (activation) {
            case TANH, SIGMOID, LEAKY_RELU -> 1;
            case SOFTMAX -> units + 3;
            default -> 0;
        };
    }
}
