package dev.bprop.reference.mlp;

import dev.bprop.spec.mlp.Loss;

/**
 * The losses J, each the mean over the m examples of the batch (clause LOSS-MEAN). Cross-entropy and binary
 * cross-entropy are computed from the logits Z^L, not from A^L (clause LOSS-STABLE): ln a^L underflows to −∞ once
 * a^L rounds to 0, while log-sum-exp and softplus stay finite and correct for logits of any finite size.
 */
final class Losses {
    private Losses() {
    }

    /**
     * J for {@code loss}, from the last layer's pre-activations Z^L and outputs A^L and the targets Y (all m × n_L).
     */
    static double value(Loss loss, Matrix preActivations, Matrix outputs, Matrix targets) {
        return switch (loss) {
            case MSE -> meanSquaredError(outputs, targets);
            case CROSS_ENTROPY -> crossEntropy(preActivations, targets);
            case BINARY_CROSS_ENTROPY -> binaryCrossEntropy(preActivations, targets);
        };
    }

    /** LOSS-MSE: J = (1/m) Σ_e ½ ‖a^L_e − y_e‖², with A^L and Y m × n_L. */
    static double meanSquaredError(Matrix outputs, Matrix targets) {
        double sum = 0;
        for (int e = 0; e < outputs.rows(); e++) {
            for (int k = 0; k < outputs.columns(); k++) {
                double difference = outputs.get(e, k) - targets.get(e, k);
                sum += 0.5 * difference * difference;
            }
        }
        return sum / outputs.rows();
    }

    /** ∇_{a^L} J of LOSS-MSE: row e is (a^L_e − y_e) / m, m × n_L. */
    static Matrix meanSquaredErrorGradient(Matrix outputs, Matrix targets) {
        return residualOverBatch(outputs, targets);
    }

    /**
     * (A^L − Y) / m, every example's residual a^L_e − y_e with the 1/m of the mean (LOSS-MEAN): the gradient of
     * LOSS-MSE, and the output error BP1-SIGMOID-BCE cancels to.
     */
    static Matrix residualOverBatch(Matrix outputs, Matrix targets) {
        return outputs.minus(targets).times(1.0 / outputs.rows());
    }

    /**
     * LOSS-CE with LOSS-STABLE: J = −(1/m) Σ_e Σ_k y_ek ln softmax(z^L_e)_k, each example's term by the spec's form
     * (see {@link #crossEntropyOfExample}); Z^L and Y are m × n_L.
     */
    static double crossEntropy(Matrix logits, Matrix targets) {
        double sum = 0;
        for (int e = 0; e < logits.rows(); e++) {
            sum += crossEntropyOfExample(logits.row(e), targets.row(e));
        }
        return sum / logits.rows();
    }

    /**
     * LOSS-STABLE for one example: −Σ_k y_k ln softmax(z)_k = (Σ_k y_k) ln Σ_j e^(z_j − M) − Σ_k y_k (z_k − M),
     * M = max_j z_j. The shift M is taken off each z_k before anything is added to it: (M + ln Σ_j e^(z_j − M)) − z_k
     * would round M + ln 3 back to M for logits (10^17, 10^17, 10^17) and give 0 instead of ln 3.
     *
     * @param z the logits z^L_e, n_L entries
     * @param y the targets y_e, n_L entries
     */
    static double crossEntropyOfExample(double[] z, double[] y) {
        double max = Softmax.max(z);
        double mass = 0;
        double weightedShiftedLogits = 0;
        for (int k = 0; k < z.length; k++) {
            mass += y[k];
            weightedShiftedLogits += y[k] * (z[k] - max);
        }
        return mass * Softmax.logSumOfShiftedExps(z, max) - weightedShiftedLogits;
    }

    /**
     * LOSS-BCE with LOSS-STABLE: since −ln σ(z) = softplus(−z) and −ln(1 − σ(z)) = softplus(z),
     * J = (1/m) Σ_e Σ_k [y_ek softplus(−z^L_ek) + (1 − y_ek) softplus(z^L_ek)]; Z^L and Y are m × n_L. Both terms are
     * ≥ 0, so nothing cancels; the equal form softplus(z) − y z subtracts two numbers near z and loses
     * softplus(−z) = e^(−z) entirely for y = 1 and z above about 37.
     */
    static double binaryCrossEntropy(Matrix logits, Matrix targets) {
        double sum = 0;
        for (int e = 0; e < logits.rows(); e++) {
            for (int k = 0; k < logits.columns(); k++) {
                double z = logits.get(e, k);
                double y = targets.get(e, k);
                sum += y * softplus(-z) + (1 - y) * softplus(z);
            }
        }
        return sum / logits.rows();
    }

    /** softplus(x) = ln(1 + e^x) = max(x, 0) + ln(1 + e^(−|x|)), whose exponent is never positive. */
    static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
