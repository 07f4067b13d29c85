package dev.bprop.oracle.tangent;

import dev.bprop.oracle.bound.BoundedFunction;
import dev.bprop.spec.mlp.Loss;

/**
 * LOSS-MEAN, J = (1/m) Σ_e ℓ_e, at the start of the reverse sweep over the magnitude graph of clause CMP-TOLERANCE:
 * Ā_J = 1, the division by m has P = 1/m and the batch sum P = 1, so Ā_ℓ = 1/m for every example, and each loss
 * passes Ā_ℓ on to what it reads, with the partial magnitudes the tape of {@code bound.Tape} records for the stable
 * forms of LOSS-STABLE (the forward counterparts are {@link LossTangent}'s):
 *
 * <pre>
 *     mse    ℓ = ½ Σ_k r_k·r_k, r = a − y     Ā_a,k = Ā_ℓ·V_(r_k),  V_r = V_a + |y|       (½ · the two factors V_r)
 *     ce     ℓ = mass·ln E − Σ_k y_k s_k      Ē = Ā_ℓ·V_mass·(1/E + V_E/E²),
 *                                             s̄_k = Ē·V_(ε_k) + Ā_ℓ·|y_k|, then z̄ from s̄ ({@link Shifted})
 *     bce    ℓ = Σ_k softplus(z_k) − y_k z_k  Ā_z,k = Ā_ℓ·(max(σ, 1) + ¼·V_z + |y_k|)     (CMP-FUNCTION)
 * </pre>
 *
 * with V_mass = Σ_k |y_k|, E = Σ_k ε_k and V_E = Σ_k V_(ε_k).
 */
final class LossAdjoint {
    private LossAdjoint() {
    }

    /**
     * Ā of what the loss reads: the outputs a^L for mse, the logits z^L for cross entropy and bce.
     *
     * @param targets y, m rows of n_L
     * @return m × n_L
     */
    static double[][] of(Loss loss, Signal z, Signal a, double[][] targets) {
        double perExample = 1.0 / targets.length;
        double[][] adjoint = Products.zeros(targets.length, targets[0].length);
        for (int e = 0; e < targets.length; e++) {
            switch (loss) {
                case MSE -> halfSquaredError(a, e, targets[e], perExample, adjoint[e]);
                case CROSS_ENTROPY -> crossEntropy(z, e, targets[e], perExample, adjoint[e]);
                case BINARY_CROSS_ENTROPY -> binaryCrossEntropy(z, e, targets[e], perExample, adjoint[e]);
            }
        }
        return adjoint;
    }

    private static void halfSquaredError(Signal a, int e, double[] y, double lossAdjoint, double[] adjoint) {
        for (int k = 0; k < y.length; k++) {
            adjoint[k] = lossAdjoint * (a.magnitude()[e][k] + Math.abs(y[k]));
        }
    }

    private static void crossEntropy(Signal z, int e, double[] y, double lossAdjoint, double[] adjoint) {
        Shifted shifted = Shifted.exponentials(z, e);
        double sum = 0;
        double sumMagnitude = 0;
        double massMagnitude = 0;
        for (int k = 0; k < y.length; k++) {
            sum += shifted.value()[k];
            sumMagnitude += shifted.magnitude()[k];
            massMagnitude += Math.abs(y[k]);
        }
        double sumAdjoint = lossAdjoint * massMagnitude * (1 / sum + sumMagnitude / (sum * sum));
        double[] shiftAdjoint = new double[y.length];
        for (int k = 0; k < y.length; k++) {
            shiftAdjoint[k] = sumAdjoint * shifted.magnitude()[k] + lossAdjoint * Math.abs(y[k]);
        }
        shifted.addShiftAdjoint(shiftAdjoint, adjoint);
    }

    private static void binaryCrossEntropy(Signal z, int e, double[] y, double lossAdjoint, double[] adjoint) {
        for (int k = 0; k < y.length; k++) {
            double sigma = Sigmoid.of(z.value()[e][k]);
            adjoint[k] = lossAdjoint * (BoundedFunction.SOFTPLUS.partialMagnitude(sigma, 0.25, z.magnitude()[e][k])
                    + Math.abs(y[k]));
        }
    }
}
