package dev.bprop.spec.mlp;

import java.util.Arrays;
import java.util.Objects;

/**
 * One layer l of a multilayer perceptron (clause NOT-SHAPES): W^l with n_l rows and n_(l−1) columns,
 * b^l with n_l entries, and the activation g^l.
 *
 * <p>Row j of W^l holds the weights <em>into</em> unit j: {@code weight(j, i)} is w^l_ji, "to j from i".
 * Unit indices j and i start at 0, as in the files. Immutable: arrays are copied in and out.
 */
public final class Layer {
    private final Activation activation;
    private final double[][] weights;
    private final double[] bias;

    /**
     * @param activation g^l
     * @param weights W^l, n_l rows of n_(l−1) columns (not checked here: {@code BpropJson.readProblem} checks the shapes of a problem file, clause FMT-ERRORS)
     * @param bias b^l, n_l entries
     */
    public Layer(Activation activation, double[][] weights, double[] bias) {
        this.activation = Objects.requireNonNull(activation, "activation");
        this.weights = Matrices.copy(weights);
        this.bias = bias.clone();
    }

    public Activation activation() {
        return activation;
    }

    /** n_l, the number of units of this layer. */
    public int outputs() {
        return bias.length;
    }

    /** n_(l−1), the number of units feeding this layer. */
    public int inputs() {
        return weights.length == 0 ? 0 : weights[0].length;
    }

    /** w^l_ji: the weight into unit j from unit i of the layer below. */
    public double weight(int j, int i) {
        return weights[j][i];
    }

    /** b^l_j. */
    public double bias(int j) {
        return bias[j];
    }

    /** A copy of W^l (n_l × n_(l−1)). */
    public double[][] weights() {
        return Matrices.copy(weights);
    }

    /** A copy of b^l (n_l). */
    public double[] bias() {
        return bias.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Layer that
                && activation == that.activation
                && Arrays.deepEquals(weights, that.weights)
                && Arrays.equals(bias, that.bias);
    }

    @Override
    public int hashCode() {
        return Objects.hash(activation, Arrays.deepHashCode(weights), Arrays.hashCode(bias));
    }

    @Override
    public String toString() {
        return "Layer[" + activation.fileName() + ", " + outputs() + "×" + inputs() + "]";
    }
}
