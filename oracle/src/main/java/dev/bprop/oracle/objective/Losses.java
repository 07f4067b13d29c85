package dev.bprop.oracle.objective;

import dev.bprop.oracle.arith.Arithmetic;
import dev.bprop.spec.mlp.Loss;
import java.util.List;

/** The per-example losses ℓ(a^L_e, y_e) of clauses LOSS-MSE, LOSS-CE and LOSS-BCE, in the stable forms of LOSS-STABLE. */
final class Losses {
    private Losses() {
    }

    /**
     * ℓ for one example, from its logits z^L and outputs a^L (n_L entries each) and its target y (n_L entries).
     */
    static <T> T exampleLoss(Loss loss, List<T> z, List<T> a, double[] y, Arithmetic<T> arithmetic) {
        return switch (loss) {
            case MSE -> halfSquaredError(a, y, arithmetic);
            case CROSS_ENTROPY -> crossEntropy(z, y, arithmetic);
            case BINARY_CROSS_ENTROPY -> binaryCrossEntropy(z, y, arithmetic);
        };
    }

    /** LOSS-MSE: ℓ = ½ Σ_k (a_k − y_k)². */
    static <T> T halfSquaredError(List<T> a, double[] y, Arithmetic<T> arithmetic) {
        T sum = arithmetic.constant(0);
        for (int k = 0; k < y.length; k++) {
            T residual = arithmetic.subtract(a.get(k), arithmetic.constant(y[k]));
            sum = arithmetic.add(sum, arithmetic.multiply(residual, residual));
        }
        return arithmetic.multiply(arithmetic.fraction(1, 2), sum);
    }

    /**
     * LOSS-CE by log-sum-exp (LOSS-STABLE): ℓ = −Σ_k y_k (z_k − M) + (Σ_k y_k) ln Σ_j e^(z_j − M), M = max_j z_j.
     */
    static <T> T crossEntropy(List<T> z, double[] y, Arithmetic<T> arithmetic) {
        T shift = largest(z, arithmetic);
        T exponentials = arithmetic.constant(0);
        T weighted = arithmetic.constant(0);
        T mass = arithmetic.constant(0);
        for (int k = 0; k < y.length; k++) {
            T shifted = arithmetic.subtract(z.get(k), shift);
            exponentials = arithmetic.add(exponentials, arithmetic.exp(shifted));
            weighted = arithmetic.add(weighted, arithmetic.multiply(arithmetic.constant(y[k]), shifted));
            mass = arithmetic.add(mass, arithmetic.constant(y[k]));
        }
        return arithmetic.subtract(arithmetic.multiply(mass, arithmetic.log(exponentials)), weighted);
    }

    /** LOSS-BCE by softplus (LOSS-STABLE): ℓ = Σ_k softplus(z_k) − y_k z_k. */
    static <T> T binaryCrossEntropy(List<T> z, double[] y, Arithmetic<T> arithmetic) {
        T sum = arithmetic.constant(0);
        for (int k = 0; k < y.length; k++) {
            T term = arithmetic.subtract(arithmetic.softplus(z.get(k)),
                    arithmetic.multiply(arithmetic.constant(y[k]), z.get(k)));
            sum = arithmetic.add(sum, term);
        }
        return sum;
    }

    /** M = max_k z_k, the shift of log-sum-exp. */
    static <T> T largest(List<T> z, Arithmetic<T> arithmetic) {
        T max = z.get(0);
        for (T zk : z) {
            max = arithmetic.max(max, zk);
        }
        return max;
    }
}
