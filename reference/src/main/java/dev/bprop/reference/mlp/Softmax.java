package dev.bprop.reference.mlp;

/**
 * ACT-SOFTMAX, g(z)_k = e^(z_k) / Σ_j e^(z_j), and the shifted log-sum-exp of clause LOSS-STABLE. Both shift
 * by max_j z_j first, so that no exponent is positive: logits of magnitude 1000 give finite, correct values.
 */
final class Softmax {
    private Softmax() {
    }

    /** The softmax of one example's pre-activations z (n_L entries). */
    static double[] of(double[] z) {
        double max = max(z);
        double[] exps = new double[z.length];
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            exps[k] = Math.exp(z[k] - max);
            sum += exps[k];
        }
        for (int k = 0; k < z.length; k++) {
            exps[k] /= sum;
        }
        return exps;
    }

    /**
     * ln Σ_j e^(z_j − shift), for the shift M = max_j z_j: every exponent is ≤ 0 and the largest is 0, so the sum
     * lies in [1, n] and its logarithm neither overflows nor cancels. The log-sum-exp is this plus M.
     */
    static double logSumOfShiftedExps(double[] z, double shift) {
        double sum = 0;
        for (double value : z) {
            sum += Math.exp(value - shift);
        }
        return Math.log(sum);
    }

    /** max_j z_j, the shift of softmax and log-sum-exp. */
    static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }
}
