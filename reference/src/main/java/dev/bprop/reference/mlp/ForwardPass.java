package dev.bprop.reference.mlp;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Problem;

/**
 * The forward pass over a whole batch: a^0 = x, z^l = W^l a^(l−1) + b^l, a^l = g^l(z^l) for l = 1..L, and the loss
 * J. It keeps every Z^l and A^l (clause FWD-STORE), which is what backpropagation reads them from; that is the
 * m·h of the memory bound O(w + m·h) (clause COST-MEMORY). Per-layer arrays are indexed by l (see the package
 * documentation, clause NOT-INDEX).
 */
public final class ForwardPass {
    private final Problem problem;
    private final Matrix[] weights;
    private final Matrix[] preActivations;
    private final Matrix[] activations;
    private final Matrix targets;
    private final double loss;

    private ForwardPass(Problem problem) {
        this.problem = problem;
        int depth = problem.depth();
        weights = new Matrix[depth + 1];
        preActivations = new Matrix[depth + 1];
        activations = new Matrix[depth + 1];
        activations[0] = Matrix.of(problem.inputs());
        for (int l = 1; l <= depth; l++) {
            Layer layer = problem.layer(l);
            weights[l] = Matrix.of(layer.weights());
            preActivations[l] = fwdZ(weights[l], layer.bias(), activations[l - 1]);
            activations[l] = fwdA(layer.activation(), preActivations[l]);
        }
        targets = Matrix.of(problem.targets());
        loss = Losses.value(problem.loss(), preActivations[depth], activations[depth], targets);
    }

    /** Runs the forward pass of {@code problem}, which must be valid (as {@code BpropJson} returns them). */
    public static ForwardPass of(Problem problem) {
        return new ForwardPass(problem);
    }

    /**
     * FWD-Z: z^l = W^l a^(l−1) + b^l for one example. For the batch, row e of Z^l is (z^l_e)^T, so
     * Z^l = A^(l−1) (W^l)^T + 1 (b^l)^T.
     *
     * @param weights W^l, n_l × n_(l−1)
     * @param bias b^l, n_l
     * @param previousActivations A^(l−1), m × n_(l−1)
     * @return Z^l, m × n_l
     */
    static Matrix fwdZ(Matrix weights, double[] bias, Matrix previousActivations) {
        return previousActivations.times(weights.transpose()).plusEveryRow(bias);
    }

    /**
     * FWD-A: a^l = g^l(z^l), row by row.
     *
     * @param activation g^l
     * @param preActivations Z^l, m × n_l
     * @return A^l, m × n_l
     */
    static Matrix fwdA(Activation activation, Matrix preActivations) {
        return Activations.apply(activation, preActivations);
    }

    /** J, the loss of the batch (clause LOSS-MEAN). */
    public double loss() {
        return loss;
    }

    /** a^L, one row per example (m × n_L). */
    public double[][] outputs() {
        return activations[problem.depth()].toArray();
    }

    public Problem problem() {
        return problem;
    }

    /** L, the number of layers. */
    public int depth() {
        return problem.depth();
    }

    /** Z^l for l = 1..L: row e is (z^l_e)^T, m × n_l. */
    public Matrix preActivation(int l) {
        return preActivations[slot(l)];
    }

    /** A^l for l = 0..L, where A^0 holds the inputs: row e is (a^l_e)^T, m × n_l. */
    public Matrix activation(int l) {
        return activations[l == 0 ? 0 : slot(l)];
    }

    /** W^l for l = 1..L, n_l × n_(l−1). */
    Matrix weights(int l) {
        return weights[l];
    }

    /** Y, the targets, m × n_L. */
    Matrix targets() {
        return targets;
    }

    /**
     * The slot of layer l in the per-layer arrays of this package, which is l itself (see the package
     * documentation), once {@link Problem#layer} has checked that 1 ≤ l ≤ L.
     */
    int slot(int l) {
        problem.layer(l);
        return l;
    }
}
