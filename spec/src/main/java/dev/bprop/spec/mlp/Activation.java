package dev.bprop.spec.mlp;

import java.util.Arrays;
import java.util.Optional;

/**
 * The activation functions g of clause ACT (SPEC.md, section "Activations").
 *
 * <p>This type only names them; evaluating them is the reference's and the oracles' business.
 */
public enum Activation {
    /** ACT-IDENTITY: g(z) = z. */
    IDENTITY("identity"),
    /** ACT-SIGMOID: g(z) = 1 / (1 + e^(−z)). */
    SIGMOID("sigmoid"),
    /** ACT-TANH: g(z) = tanh z. */
    TANH("tanh"),
    /** ACT-HARDTANH: g(z) = −1 for z &lt; −1, z for −1 ≤ z ≤ 1, 1 for z &gt; 1. */
    HARDTANH("hardtanh"),
    /** ACT-RELU: g(z) = max(0, z). */
    RELU("relu"),
    /** ACT-LEAKY-RELU: g(z) = z for z &gt; 0, 0.1·z otherwise. */
    LEAKY_RELU("leaky_relu"),
    /** ACT-SOFTMAX: g(z)_k = e^(z_k) / Σ_j e^(z_j); allowed on the last layer only. */
    SOFTMAX("softmax");

    private final String fileName;

    Activation(String fileName) {
        this.fileName = fileName;
    }

    /** The name this activation has in problem files (clause FMT-PROBLEM). */
    public String fileName() {
        return fileName;
    }

    /** The activation whose file name is {@code name}, if there is one. */
    public static Optional<Activation> fromFileName(String name) {
        return Arrays.stream(values()).filter(a -> a.fileName.equals(name)).findFirst();
    }
}
