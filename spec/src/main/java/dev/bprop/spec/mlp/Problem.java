package dev.bprop.spec.mlp;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem (clause FMT-PROBLEM): a multilayer perceptron, its parameters, a loss and one batch of m examples.
 *
 * <p><b>Index mapping.</b> The spec numbers layers l = 1..L, with layer 0 the input; {@link #layer(int)} takes the
 * spec's l, and {@link LayerIndex} maps it to the list index l − 1 (as {@code layers[l-1]} in the file). Examples
 * are numbered e = 0..m−1 and units from 0, as in the file. Immutable: arrays are copied in and out.
 */
public final class Problem {
    private final String id;
    private final List<Layer> layers;
    private final Loss loss;
    private final double[][] inputs;
    private final double[][] targets;

    /**
     * @param id an optional identifier, may be null
     * @param layers layers 1..L, in order
     * @param loss the loss J
     * @param inputs m rows of n_0 numbers
     * @param targets m rows of n_L numbers
     */
    public Problem(String id, List<Layer> layers, Loss loss, double[][] inputs, double[][] targets) {
        this.id = id;
        this.layers = List.copyOf(layers);
        this.loss = Objects.requireNonNull(loss, "loss");
        this.inputs = Matrices.copy(inputs);
        this.targets = Matrices.copy(targets);
    }

    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** L, the number of layers (the input layer 0 not counted). */
    public int depth() {
        return layers.size();
    }

    /** Layer l, for l = 1..L. */
    public Layer layer(int l) {
        return layers.get(LayerIndex.arrayIndex(l, layers.size()));
    }

    /** Layers 1..L as a list; list index l − 1 holds layer l. */
    public List<Layer> layers() {
        return layers;
    }

    public Loss loss() {
        return loss;
    }

    /** m, the number of examples in the batch. */
    public int batchSize() {
        return inputs.length;
    }

    /** n_l, the width of layer l for l = 0..L (n_0 is the input width). */
    public int width(int l) {
        return l == 0 ? layer(1).inputs() : layer(l).outputs();
    }

    /** The number of parameters w: every weight and bias. */
    public long parameterCount() {
        long count = 0;
        for (Layer layer : layers) {
            count += (long) layer.outputs() * layer.inputs() + layer.outputs();
        }
        return count;
    }

    /** x_e, input component i of example e. */
    public double input(int e, int i) {
        return inputs[e][i];
    }

    /** y_e, target component k of example e. */
    public double target(int e, int k) {
        return targets[e][k];
    }

    /** A copy of the inputs: m rows of n_0. */
    public double[][] inputs() {
        return Matrices.copy(inputs);
    }

    /** A copy of the targets: m rows of n_L. */
    public double[][] targets() {
        return Matrices.copy(targets);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Problem that
                && Objects.equals(id, that.id)
                && layers.equals(that.layers)
                && loss == that.loss
                && Arrays.deepEquals(inputs, that.inputs)
                && Arrays.deepEquals(targets, that.targets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, layers, loss, Arrays.deepHashCode(inputs), Arrays.deepHashCode(targets));
    }

    @Override
    public String toString() {
        return "Problem[" + (id == null ? "" : id + ", ") + layers.size() + " layers, " + loss.fileName()
                + ", batch " + inputs.length + "]";
    }
}
