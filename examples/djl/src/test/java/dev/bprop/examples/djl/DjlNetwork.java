package dev.bprop.examples.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.core.Linear;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * A problem's multilayer perceptron as float64 DJL arrays on one manager: W^l and b^l of every layer, the inputs and
 * the targets, and its forward pass in DJL operations.
 *
 * <p><b>Weight layout.</b> DJL's {@link Linear} keeps its weight as outputs × inputs and computes x Wᵀ + b, which is
 * the spec's layout (NOT-SHAPES: row j of W^l holds the weights into unit j) and the spec's batch formula
 * Z^l = A^(l−1) (W^l)ᵀ + 1_m (b^l)ᵀ (FWD-Z) with one row per example. The weights go in as they are, and their
 * gradients come back in the same layout: no transposition anywhere.
 */
final class DjlNetwork {
    private final Problem problem;
    private final List<NDArray> weights = new ArrayList<>();
    private final List<NDArray> biases = new ArrayList<>();
    private final NDArray inputs;
    private final NDArray targets;

    private DjlNetwork(NDManager manager, Problem problem) {
        this.problem = problem;
        for (Layer layer : problem.layers()) {
            weights.add(manager.create(layer.weights()));
            biases.add(manager.create(layer.bias()));
        }
        inputs = manager.create(problem.inputs());
        targets = manager.create(problem.targets());
    }

    /** The arrays of {@code problem}, created on {@code manager} (which owns, and on closing frees, them). */
    static DjlNetwork of(NDManager manager, Problem problem) {
        return new DjlNetwork(manager, problem);
    }

    /** Marks every W^l and b^l so that a {@code GradientCollector} records the operations on them. */
    void requireGradients() {
        weights.forEach(w -> w.setRequiresGradient(true));
        biases.forEach(b -> b.setRequiresGradient(true));
    }

    /** The forward pass (FWD-Z, FWD-A) and the spec's loss J of the batch (LOSS-*, converted in {@link DjlLosses}). */
    Pass forward() {
        NDArray activations = inputs;
        NDArray logits = inputs;
        for (int l = 1; l <= problem.depth(); l++) {
            logits = Linear.linear(activations, weights.get(l - 1), biases.get(l - 1)).singletonOrThrow();
            activations = DjlActivations.apply(problem.layer(l).activation(), logits);
        }
        return new Pass(DjlLosses.loss(problem.loss(), logits, activations, targets), activations);
    }

    /** ∂J/∂W^l and ∂J/∂b^l for l = 1..L, as PyTorch's backward pass left them on the parameters. */
    List<LayerGradient> gradients() {
        List<LayerGradient> gradients = new ArrayList<>();
        for (int l = 0; l < weights.size(); l++) {
            gradients.add(new LayerGradient(NdArrays.matrix(weights.get(l).getGradient()),
                    NdArrays.vector(biases.get(l).getGradient())));
        }
        return gradients;
    }

    /**
     * What the forward pass computed.
     *
     * @param loss J, a scalar
     * @param outputs a^L, m × n_L
     */
    record Pass(NDArray loss, NDArray outputs) {
    }
}
