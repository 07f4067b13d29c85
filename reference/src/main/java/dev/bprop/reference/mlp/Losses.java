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

    /** ∇_{a^L} J of LOSS-MSE: row e is (a^L_e − y_e) / m, so the result is (A^L − Y) / m, m × n_L. */
    static Matrix meanSquaredErrorGradient(Matrix outputs, Matrix targets) {
        return outputs.minus(targets).times(1.0 / outputs.rows());
    }

    /**
     * LOSS-CE with LOSS-STABLE: J = −(1/m) Σ_e Σ_k y_ek ln softmax(z^L_e)_k = (1/m) Σ_e Σ_k y_ek (lse(z^L_e) − z^L_ek),
     * where lse(z) = ln Σ_j e^(z_j); Z^L and Y are m × n_L.
     */
    static double crossEntropy(Matrix logits, Matrix targets) {
        double sum = 0;
        for (int e = 0; e < logits.rows(); e++) {
            double[] z = logits.row(e);
            double logSumExp = Softmax.logSumExp(z);
            for (int k = 0; k < z.length; k++) {
                sum += targets.get(e, k) * (logSumExp - z[k]);
            }
        }
        return sum / logits.rows();
    }

    /**
     * LOSS-BCE with LOSS-STABLE: since −ln σ(z) = softplus(−z) and −ln(1 − σ(z)) = softplus(z),
     * J = (1/m) Σ_e Σ_k [y_ek softplus(−z^L_ek) + (1 − y_ek) softplus(z^L_ek)]; Z^L and Y are m × n_L.
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
