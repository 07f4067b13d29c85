package dev.bprop.oracle.tangent;

import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.oracle.objective.NotFiniteException;
import dev.bprop.spec.mlp.LayerIndex;

/**
 * FWD-Z for one layer l in the four numbers of a {@link Signal}, along θ + t·v with v split into Ẇ^l and ḃ^l:
 *
 * <pre>
 *     z   = W a + b                       (FWD-Z)
 *     ż   = Ẇ a + W ȧ + ḃ                 (product rule)
 *     V_z = |W| V_a + |b|                 (CMP-TOLERANCE: the magnitude of a sum of products)
 *     Ṡ_z = |Ẇ| V_a + |W| Ṡ_a + |ḃ|       (tangent of the magnitude graph along |v|)
 *     K_z = K_a + n_(l−1) + 1             (running-error depth)
 * </pre>
 *
 * <p>The last bound holds for every z_j because E_z ≤ |W|·E_a + Σ(the magnitudes of the n products and n partial
 * sums) ≤ K_a·|W| V_a + (n + 1)·u·V_z, and |W| V_a ≤ V_z.
 *
 * <p>The last line is the forward-mode form of the tape's partials for z_j = b_j + Σ_i w_ji·a_i: a product
 * w·a has the partial magnitudes P_w = V_a and P_a = |w|, a sum has 1 and 1, so the magnitude tangent of z_j is
 * |ḃ_j| + Σ_i (V_(a_i)·|ẇ_ji| + |w_ji|·Ṡ_(a_i)).
 *
 * <p>The weights are held transposed, W^T with row i = the weights out of unit i, each row its own array, so that
 * the innermost loop indexes every row it touches by the same j, which the JIT vectorises (it does not when two
 * rows are slices of one array at offsets it cannot compare). The examples are taken in blocks whose rows of z
 * stay in the cache while W^T and Ẇ^T stream past once per block (i-e-j within a block): about three times the
 * multiply-adds of a forward pass for (z, ż) and three more for (V, Ṡ).
 */
final class AffineTangent {
    /** Examples per block: the four rows of z of a block stay in the cache while W^T streams past once. */
    private static final int BLOCK = 8;

    private final int layer;
    private final int inputs;
    private final int outputs;
    private final double[][] weightsByInput;
    private final double[][] directionByInput;
    private final double[] bias;
    private final double[] biasDirection;

    private AffineTangent(int layer, int inputs, int outputs) {
        this.layer = layer;
        this.inputs = inputs;
        this.outputs = outputs;
        this.weightsByInput = new double[inputs][outputs];
        this.directionByInput = new double[inputs][outputs];
        this.bias = new double[outputs];
        this.biasDirection = new double[outputs];
    }

    /** Layer l's W^l, b^l from θ and Ẇ^l, ḃ^l from the direction, both in the order of θ (NOT-W). */
    static AffineTangent of(ProblemObjective objective, int l, double[] direction) {
        int inputs = objective.problem().width(l - 1);
        int outputs = objective.problem().width(l);
        AffineTangent affine = new AffineTangent(l, inputs, outputs);
        int weights = objective.weightIndex(l, 0, 0);
        int biases = objective.biasIndex(l, 0);
        double[][] w = objective.problem().layer(l).weights();
        for (int j = 0; j < outputs; j++) {
            for (int i = 0; i < inputs; i++) {
                affine.weightsByInput[i][j] = w[j][i];
                affine.directionByInput[i][j] = direction[weights + j * inputs + i];
            }
            affine.bias[j] = objective.problem().layer(l).bias(j);
            affine.biasDirection[j] = direction[biases + j];
        }
        return affine;
    }

    /**
     * z^l, ż^l, V_(z^l) and Ṡ_(z^l) from the layer below.
     *
     * @throws NotFiniteException naming the layer if a pre-activation or its tangent is not finite (E-EVAL)
     */
    Signal apply(Signal below) {
        int examples = below.examples();
        Signal z = Signal.zeros(examples, outputs);
        for (int e = 0; e < examples; e++) {
            for (int j = 0; j < outputs; j++) {
                z.value()[e][j] = bias[j];
                z.tangent()[e][j] = biasDirection[j];
                z.magnitude()[e][j] = Math.abs(bias[j]);
                z.magnitudeTangent()[e][j] = Math.abs(biasDirection[j]);
            }
        }
        for (int first = 0, last; first < examples; first = last) {
            last = Math.min(first + BLOCK, examples);
            for (int i = 0; i < inputs; i++) {
                for (int e = first; e < last; e++) {
                    accumulate(below, e, i, z);
                }
            }
        }
        requireFinite(z);
        return z.withRunningDepth(runningDepth(below, inputs));
    }

    /** K_z = K_a + n_(l−1) + 1: one product and n_(l−1) additions onto the running error of the layer below. */
    static double runningDepth(Signal below, int inputs) {
        return below.runningDepth() + inputs + 1;
    }

    /** Adds input unit i of example e times row i of W^T (and Ẇ^T) to all four rows of z for example e. */
    private void accumulate(Signal below, int e, int i, Signal z) {
        double a = below.value()[e][i];
        double aDot = below.tangent()[e][i];
        double aMagnitude = below.magnitude()[e][i];
        double aMagnitudeDot = below.magnitudeTangent()[e][i];
        double[] value = z.value()[e];
        double[] tangent = z.tangent()[e];
        double[] magnitude = z.magnitude()[e];
        double[] magnitudeTangent = z.magnitudeTangent()[e];
        double[] weights = weightsByInput[i];
        double[] direction = directionByInput[i];
        for (int j = 0; j < outputs; j++) {
            double w = weights[j];
            double wDot = direction[j];
            value[j] += w * a;
            tangent[j] += wDot * a + w * aDot;
            magnitude[j] += Math.abs(w) * aMagnitude;
            magnitudeTangent[j] += Math.abs(wDot) * aMagnitude + Math.abs(w) * aMagnitudeDot;
        }
    }

    private void requireFinite(Signal z) {
        for (int e = 0; e < z.examples(); e++) {
            for (int j = 0; j < outputs; j++) {
                if (!Double.isFinite(z.value()[e][j]) || !Double.isFinite(z.tangent()[e][j])) {
                    throw new NotFiniteException(LayerIndex.layerPlace(layer),
                            "a pre-activation is not finite (E-EVAL)");
                }
            }
        }
    }
}
