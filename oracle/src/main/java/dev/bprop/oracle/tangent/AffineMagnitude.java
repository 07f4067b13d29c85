package dev.bprop.oracle.tangent;

import dev.bprop.oracle.objective.NotFiniteException;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerIndex;
import java.util.Arrays;

/**
 * FWD-Z for one layer l on the magnitude graph of clause CMP-TOLERANCE, forward and reverse, for the whole batch
 * (m rows of a signal, one per example). z_j = b_j + Σ_i w_ji·a_i is, on the tape, a product w·a with the partial
 * magnitudes P_w = V_a and P_a = |w|, and sums with partials 1 and 1:
 *
 * <pre>
 *     forward    z = W a + b,          V_z = |W| V_a + |b|,        K_z = K_a + n_(l−1) + 1
 *     reverse    Ā_a = |W|ᵀ Ā_z        (m × n_(l−1): row e is Σ_j Ā_z,ej·|w_j·|)
 *                S_W = Σ_e Ā_z,e V_a,eᵀ  (n_l × n_(l−1)),      S_b = Σ_e Ā_z,e
 * </pre>
 *
 * with Ā the magnitude adjoints (Σ over the paths from a node to J of Π P). The products go through
 * {@link Products} with W and |W| row by row as the problem holds them: the forward ones as z^T = W·a^T + b for the
 * whole batch (the signals transposed, m entries a row, which is cheap; transposing W would cost as much as a
 * product), the reverse ones as Ā_a = Ā_z·|W| and S_W = Ā_z^T·V_a.
 */
final class AffineMagnitude {
    private final int layer;
    private final double[][] weights;
    private final double[][] magnitudes;
    private final double[] bias;

    private AffineMagnitude(int layer, Layer weights) {
        this.layer = layer;
        this.weights = weights.weights();
        this.magnitudes = Products.absolute(this.weights);
        this.bias = weights.bias();
    }

    /** Layer l of a problem. */
    static AffineMagnitude of(int l, Layer weights) {
        return new AffineMagnitude(l, weights);
    }

    /**
     * z^l, V_(z^l) and K from the layer below. The tangent is 0 and the magnitude tangent 1 in every entry: the
     * activation that follows then leaves its own partial magnitude P in its magnitude tangent (Ṡ_a = P·Ṡ_z).
     *
     * @throws NotFiniteException naming the layer if a pre-activation is not finite (E-EVAL)
     */
    Signal forward(Signal below) {
        int examples = below.examples();
        int outputs = bias.length;
        double[][] value = Products.transpose(plusEveryColumn(weights, below.value(), bias, false));
        double[][] magnitude = Products.transpose(plusEveryColumn(magnitudes, below.magnitude(), bias, true));
        double[][] seed = Products.zeros(examples, outputs);
        for (double[] row : seed) {
            Arrays.fill(row, 1);
        }
        for (double[] row : value) {
            for (double zj : row) {
                if (!Double.isFinite(zj)) {
                    throw new NotFiniteException(LayerIndex.layerPlace(layer),
                            "a pre-activation is not finite (E-EVAL)");
                }
            }
        }
        return new Signal(value, Products.zeros(examples, outputs), magnitude, seed,
                AffineTangent.runningDepth(below, weights[0].length));
    }

    /** M·x^T + c (or |c|) in every column: n_l rows of m, from M (n_l × n_(l−1)) and x (m × n_(l−1)). */
    private static double[][] plusEveryColumn(double[][] matrix, double[][] x, double[] c, boolean absolute) {
        double[][] product = Products.zeros(c.length, x.length);
        for (int j = 0; j < c.length; j++) {
            Arrays.fill(product[j], absolute ? Math.abs(c[j]) : c[j]);
        }
        Products.addProduct(matrix, Products.transpose(x), product);
        return product;
    }

    /** Ā_a = |W|ᵀ Ā_z, example by example: Ā_a,ei = Σ_j Ā_z,ej·|w_ji|. */
    double[][] belowAdjoint(double[][] adjoint) {
        double[][] below = Products.zeros(adjoint.length, weights[0].length);
        Products.addProduct(adjoint, magnitudes, below);
        return below;
    }

    /**
     * S_W = Σ_e Ā_z,e V_a,eᵀ and S_b = Σ_e Ā_z,e into {@code sums}, in the order of θ (NOT-W): W^l row by row from
     * {@code weightsAt}, then b^l from {@code biasAt}.
     *
     * @param adjoint Ā_z, m × n_l
     * @param belowMagnitude V_a of the layer below, m × n_(l−1)
     */
    void addSums(double[][] adjoint, double[][] belowMagnitude, double[] sums, int weightsAt, int biasAt) {
        int outputs = bias.length;
        int inputs = weights[0].length;
        double[][] weightSums = Products.zeros(outputs, inputs);
        Products.addProduct(Products.transpose(adjoint), belowMagnitude, weightSums);
        for (int j = 0; j < outputs; j++) {
            System.arraycopy(weightSums[j], 0, sums, weightsAt + j * inputs, inputs);
        }
        for (double[] row : adjoint) {
            for (int j = 0; j < outputs; j++) {
                sums[biasAt + j] += row[j];
            }
        }
    }
}
