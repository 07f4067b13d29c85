package dev.bprop.oracle.tangent;

import dev.bprop.spec.mlp.Activation;

/**
 * FWD-A, a^l = g^l(z^l), in the reverse sweep over the magnitude graph of clause CMP-TOLERANCE: from the magnitude
 * adjoints Ā_a of the outputs to those of the pre-activations, with the partial magnitudes P the tape of
 * {@code bound.Tape} records.
 *
 * <pre>
 *     element-wise     Ā_z = P ⊙ Ā_a
 *     softmax          ε̄_k = Ā_a,k/Σ + Σ_j Ā_a,j·V_(ε_j)/Σ²,   s̄_k = ε̄_k·V_(ε_k),   then z̄ from s̄ ({@link Shifted})
 * </pre>
 *
 * <p>Element-wise, P is what {@link ActivationTangent} leaves in the magnitude tangent of a^l when that of z^l is 1
 * ({@link AffineMagnitude#forward}): M(φ') + |φ''|·V_z with the floors of CMP-FUNCTION for tanh and sigmoid, 1 where
 * the unit passes z on, 0.1 for leaky relu's left side, 0 for a constant branch. Softmax a_k = ε_k/Σ divides: P = 1/Σ
 * for ε_k and V_(ε_k)/Σ² for Σ = Σ_j ε_j (whose own partials are 1); exp has P = ε·(1 + V_s) = V_ε. A node no path
 * reaches (Ā = 0) passes nothing on, even where its P has overflowed (0·∞ would be NaN), as on the tape.
 */
final class ActivationAdjoint {
    private ActivationAdjoint() {
    }

    /**
     * @param z the pre-activations of the forward pass, with magnitude tangent 1
     * @param a the activations {@link ActivationTangent} computed from them
     * @param adjoint Ā_a, m × n
     * @return Ā_z, m × n
     */
    static double[][] of(Activation activation, Signal z, Signal a, double[][] adjoint) {
        double[][] below = Products.zeros(z.examples(), z.units());
        for (int e = 0; e < z.examples(); e++) {
            if (activation == Activation.SOFTMAX) {
                softmax(z, e, adjoint[e], below[e]);
            } else {
                for (int j = 0; j < z.units(); j++) {
                    below[e][j] = adjoint[e][j] == 0 ? 0 : a.magnitudeTangent()[e][j] * adjoint[e][j];
                }
            }
        }
        return below;
    }

    private static void softmax(Signal z, int e, double[] adjoint, double[] below) {
        Shifted shifted = Shifted.exponentials(z, e);
        int n = adjoint.length;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += shifted.value()[k];
        }
        double sumAdjoint = 0;
        for (int k = 0; k < n; k++) {
            sumAdjoint += adjoint[k] * shifted.magnitude()[k] / (sum * sum);
        }
        double[] shiftAdjoint = new double[n];
        for (int k = 0; k < n; k++) {
            shiftAdjoint[k] = (adjoint[k] / sum + sumAdjoint) * shifted.magnitude()[k];
        }
        shifted.addShiftAdjoint(shiftAdjoint, below);
    }
}
