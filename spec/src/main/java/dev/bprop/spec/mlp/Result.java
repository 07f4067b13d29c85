package dev.bprop.spec.mlp;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A result (clause FMT-RESULT): the loss J, the outputs a^L (one row per example) and the gradients;
 * list index l − 1 holds the gradient of layer l. Immutable: arrays are copied in and out.
 */
public final class Result {
    private final double loss;
    private final double[][] outputs;
    private final List<LayerGradient> gradients;

    public Result(double loss, double[][] outputs, List<LayerGradient> gradients) {
        this.loss = loss;
        this.outputs = Matrices.copy(outputs);
        this.gradients = List.copyOf(gradients);
    }

    public double loss() {
        return loss;
    }

    /** a^L_ek, output k of example e. */
    public double output(int e, int k) {
        return outputs[e][k];
    }

    public double[][] outputs() {
        return Matrices.copy(outputs);
    }

    /** The gradient of layer l, for l = 1..L. */
    public LayerGradient gradient(int l) {
        return gradients.get(LayerIndex.arrayIndex(l, gradients.size()));
    }

    public List<LayerGradient> gradients() {
        return gradients;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Result that
                && Double.compare(loss, that.loss) == 0
                && Arrays.deepEquals(outputs, that.outputs)
                && gradients.equals(that.gradients);
    }

    @Override
    public int hashCode() {
        return Objects.hash(loss, Arrays.deepHashCode(outputs), gradients);
    }

    @Override
    public String toString() {
        return "Result[loss=" + loss + ", outputs=" + Arrays.deepToString(outputs) + ", gradients=" + gradients + "]";
    }
}
