package dev.bprop.conformance.internal.problem;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * A problem as plain arrays that the generators and the shrinker edit in place, then freeze into the immutable
 * {@link Problem}. Per-layer lists are indexed l − 1 for layer l, as in the problem file (clause FMT-PROBLEM).
 */
public final class EditableProblem {
    public String id;
    public final List<Activation> activations = new ArrayList<>();
    public final List<double[][]> weights = new ArrayList<>();
    public final List<double[]> biases = new ArrayList<>();
    public Loss loss;
    public double[][] inputs;
    public double[][] targets;

    /** An editable copy of {@code problem}: editing it never changes {@code problem}. */
    public static EditableProblem of(Problem problem) {
        EditableProblem editable = new EditableProblem();
        editable.id = problem.id().orElse(null);
        for (Layer layer : problem.layers()) {
            editable.activations.add(layer.activation());
            editable.weights.add(layer.weights());
            editable.biases.add(layer.bias());
        }
        editable.loss = problem.loss();
        editable.inputs = problem.inputs();
        editable.targets = problem.targets();
        return editable;
    }

    /** L. */
    public int depth() {
        return activations.size();
    }

    public Problem toProblem() {
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < activations.size(); l++) {
            layers.add(new Layer(activations.get(l), weights.get(l), biases.get(l)));
        }
        return new Problem(id, layers, loss, inputs, targets);
    }
}
