package dev.bprop.spec.mlp;

import java.util.Arrays;
import java.util.Optional;

/** The losses J of clause LOSS (SPEC.md, section "Losses"); every one is a mean over the batch. */
public enum Loss {
    /** LOSS-MSE: J = (1/m) Σ_i ½ ‖a^L_i − y_i‖². */
    MSE("mse", null),
    /** LOSS-CE: J = −(1/m) Σ_i Σ_k y_ik ln a^L_ik; the last activation must be softmax. */
    CROSS_ENTROPY("cross_entropy", Activation.SOFTMAX),
    /** LOSS-BCE: J = −(1/m) Σ_i Σ_k [y ln a + (1 − y) ln(1 − a)]; the last activation must be sigmoid. */
    BINARY_CROSS_ENTROPY("binary_cross_entropy", Activation.SIGMOID);

    private final String fileName;
    private final Activation requiredOutputActivation;

    Loss(String fileName, Activation requiredOutputActivation) {
        this.fileName = fileName;
        this.requiredOutputActivation = requiredOutputActivation;
    }

    /** The name this loss has in problem files (clause FMT-PROBLEM). */
    public String fileName() {
        return fileName;
    }

    /** The activation the last layer must have for this loss (clause FMT-PROBLEM-LOSS-FIT), if any. */
    public Optional<Activation> requiredOutputActivation() {
        return Optional.ofNullable(requiredOutputActivation);
    }

    /** The loss whose file name is {@code name}, if there is one. */
    public static Optional<Loss> fromFileName(String name) {
        return Arrays.stream(values()).filter(l -> l.fileName.equals(name)).findFirst();
    }
}
