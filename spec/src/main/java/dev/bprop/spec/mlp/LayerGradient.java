package dev.bprop.spec.mlp;

import java.util.Arrays;
import java.util.Objects;

/**
 * ∂J/∂W^l and ∂J/∂b^l of one layer l, in the shapes of W^l (n_l × n_(l−1)) and b^l (n_l).
 * Immutable: arrays are copied in and out.
 */
public final class LayerGradient {
    private final double[][] weights;
    private final double[] bias;

    public LayerGradient(double[][] weights, double[] bias) {
        this.weights = Matrices.copy(weights);
        this.bias = bias.clone();
    }

    /** ∂J/∂w^l_ji. */
    public double weight(int j, int i) {
        return weights[j][i];
    }

    /** ∂J/∂b^l_j. */
    public double bias(int j) {
        return bias[j];
    }

    public double[][] weights() {
        return Matrices.copy(weights);
    }

    public double[] bias() {
        return bias.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LayerGradient that
                && Arrays.deepEquals(weights, that.weights)
                && Arrays.equals(bias, that.bias);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.deepHashCode(weights), Arrays.hashCode(bias));
    }

    @Override
    public String toString() {
        return "LayerGradient[weights=" + Arrays.deepToString(weights) + ", bias=" + Arrays.toString(bias) + "]";
    }
}
