package dev.bprop.reference.mlp;

import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything backpropagation computed for one problem, layer by layer, for l = 1..L: the pre-activations Z^l and
 * activations A^l of the forward pass, the errors Δ^l = ∂J/∂Z^l, and the gradients ∂J/∂W^l and ∂J/∂b^l. Rows are
 * examples (see the package documentation). Meant for showing the work, as in the slides' worked examples.
 */
public final class Trace {
    private final ForwardPass forward;
    private final Matrix[] errors;
    private final Matrix[] weightGradients;
    private final double[][] biasGradients;

    Trace(ForwardPass forward, Matrix[] errors, Matrix[] weightGradients, double[][] biasGradients) {
        this.forward = forward;
        this.errors = errors;
        this.weightGradients = weightGradients;
        this.biasGradients = biasGradients;
    }

    /** The forward pass: Z^l, A^l and the loss. */
    public ForwardPass forward() {
        return forward;
    }

    /** J. */
    public double loss() {
        return forward.loss();
    }

    /** L, the number of layers. */
    public int depth() {
        return forward.depth();
    }

    /** Δ^l = ∂J/∂Z^l for l = 1..L: row e is (δ^l_e)^T, m × n_l. */
    public Matrix error(int l) {
        return errors[forward.slot(l)];
    }

    /**
     * ∇_{A^L} J = (A^L − Y)/m for mean squared error (clause LOSS-MSE), the factor of BP1 before the Hadamard
     * product with (g^L)'(Z^L), m × n_L. Cross entropy and binary cross entropy never form it (BP1-SOFTMAX-CE,
     * BP1-SIGMOID-BCE), so for them it is refused.
     */
    public Matrix meanSquaredErrorGradient() {
        if (forward.problem().loss() != Loss.MSE) {
            throw new IllegalStateException("the loss is " + forward.problem().loss().fileName() + ", not mse");
        }
        return Losses.meanSquaredErrorGradient(forward.activation(depth()), forward.targets());
    }

    /**
     * (g^l)'(Z^l) for a layer with an element-wise activation (clause ACT-KINK at the kinks), m × n_l; softmax has a
     * Jacobian instead and is refused.
     */
    public Matrix activationDerivative(int l) {
        return Activations.derivative(forward.problem().layer(l).activation(), forward.preActivation(l));
    }

    /** Δ^(l+1) W^(l+1) for l = 1..L−1: BP2 before the Hadamard product with (g^l)'(Z^l), m × n_l. */
    public Matrix backpropagatedError(int l) {
        forward.slot(l + 1);
        return FundamentalEquations.bp2BackpropagatedError(forward.weights(l + 1), errors[l + 1]);
    }

    /** ∂J/∂W^l for l = 1..L, n_l × n_(l−1). */
    public Matrix weightGradient(int l) {
        return weightGradients[forward.slot(l)];
    }

    /** ∂J/∂b^l for l = 1..L, n_l entries (a copy). */
    public double[] biasGradient(int l) {
        return biasGradients[forward.slot(l)].clone();
    }

    /** The result file's content (clause FMT-RESULT): J, A^L and the gradients of layers 1..L in order. */
    public Result result() {
        List<LayerGradient> gradients = new ArrayList<>();
        for (int l = 1; l <= depth(); l++) {
            gradients.add(new LayerGradient(weightGradients[l].toArray(), biasGradients[l]));
        }
        return new Result(loss(), forward.outputs(), gradients);
    }
}
