package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Activation;

/**
 * The textbook implementation with σ and tanh computed the way many correct libraries compute them: to working
 * precision in <i>absolute</i> terms, saturated beyond a threshold where the function is within an ulp or two of its
 * limit (clause CMP-FUNCTION), σ' and tanh' taken from the saturated values, and softmax by log-sum-exp. Correct, but
 * different from the reference in the last digits of every saturated unit.
 */
class SaturatingTextbook extends Textbook {
    private final double sigmoidLimit;
    private final double tanhLimit;

    /**
     * @param sigmoidLimit σ(z) is taken as 0 below −limit and as 1 above it (36: σ(−36) = 2.3e−16)
     * @param tanhLimit tanh(z) is taken as ±1 beyond ±limit (20: 1 − tanh 20 = 8.5e−18)
     */
    SaturatingTextbook(double sigmoidLimit, double tanhLimit) {
        this.sigmoidLimit = sigmoidLimit;
        this.tanhLimit = tanhLimit;
    }

    @Override
    double[] activate(Activation activation, double[] z) {
        if (activation != Activation.SIGMOID && activation != Activation.TANH) {
            return super.activate(activation, z);
        }
        double[] a = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            a[j] = activation == Activation.SIGMOID ? saturatedSigmoid(z[j]) : saturatedTanh(z[j]);
        }
        return a;
    }

    @Override
    double derivative(Activation activation, double z) {
        return switch (activation) {
            case SIGMOID -> saturatedSigmoid(z) * (1 - saturatedSigmoid(z));
            case TANH -> 1 - saturatedTanh(z) * saturatedTanh(z);
            default -> super.derivative(activation, z);
        };
    }

    /** a_k = e^(z_k − ln Σ_j e^(z_j)), the log-sum-exp form. */
    @Override
    double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : z) {
            max = Math.max(max, value);
        }
        double sum = 0;
        for (double value : z) {
            sum += Math.exp(value - max);
        }
        double logSumExp = max + Math.log(sum);
        double[] a = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            a[k] = Math.exp(z[k] - logSumExp);
        }
        return a;
    }

    private double saturatedSigmoid(double z) {
        if (z < -sigmoidLimit) {
            return 0;
        }
        return z > sigmoidLimit ? 1 : 1 / (1 + Math.exp(-z));
    }

    private double saturatedTanh(double z) {
        return Math.abs(z) > tanhLimit ? Math.signum(z) : Math.tanh(z);
    }
}
