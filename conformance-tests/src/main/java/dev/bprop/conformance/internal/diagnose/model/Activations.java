package dev.bprop.conformance.internal.diagnose.model;

import dev.bprop.spec.mlp.Activation;

/** The element-wise activations and their derivatives as the spec states them (ACT-*, ACT-KINK). */
final class Activations {
    private Activations() {
    }

    static double value(Activation activation, double z) {
        return switch (activation) {
            case IDENTITY -> z;
            case SIGMOID -> sigmoid(z);
            case TANH -> Math.tanh(z);
            case HARDTANH -> Math.max(-1, Math.min(1, z));
            case RELU -> z > 0 ? z : 0;
            case LEAKY_RELU -> z > 0 ? z : 0.1 * z;
            case SOFTMAX -> throw new IllegalArgumentException("softmax is not element-wise");
        };
    }

    /** g'(z), at a kink the left-hand derivative except where z > 0 (ACT-KINK). */
    static double derivative(Activation activation, double z) {
        return switch (activation) {
            case IDENTITY -> 1;
            case SIGMOID -> sigmoid(z) * sigmoid(-z);
            case TANH -> 1 / (Math.cosh(z) * Math.cosh(z));
            case HARDTANH -> -1 < z && z < 1 ? 1 : 0;
            case RELU -> z > 0 ? 1 : 0;
            case LEAKY_RELU -> z > 0 ? 1 : 0.1;
            case SOFTMAX -> throw new IllegalArgumentException("softmax has a Jacobian");
        };
    }

    /** σ(z), evaluated without overflow for either sign (ACT-SIGMOID). */
    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** ln(1 + e^x) without overflow (LOSS-STABLE). */
    static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
