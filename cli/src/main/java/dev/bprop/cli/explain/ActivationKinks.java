package dev.bprop.cli.explain;

import dev.bprop.spec.mlp.Activation;

/**
 * Clause ACT-KINK for the reader of a worked example: where relu, leaky_relu and hardtanh are not differentiable,
 * and which one-sided slope the spec takes there.
 */
final class ActivationKinks {
    private ActivationKinks() {
    }

    /** Whether the pre-activation {@code z} sits exactly on a kink of {@code activation}. */
    static boolean onKink(Activation activation, double z) {
        return switch (activation) {
            case RELU, LEAKY_RELU -> z == 0;
            case HARDTANH -> z == 1 || z == -1;
            default -> false;
        };
    }

    /** What ACT-KINK takes at the kinks of {@code activation}, as text with inline math. */
    static String convention(Activation activation) {
        String g = ExplainProblem.name(activation);
        return switch (activation) {
            case RELU -> "ACT-KINK takes $" + g + "'(0) = 0$, the left-hand slope (the right-hand slope 1 only for "
                    + "$z > 0$); a central difference straddles the kink and sees the mean of the two slopes, 1/2.";
            case LEAKY_RELU -> "ACT-KINK takes $" + g + "'(0) = 0.1$, the left-hand slope (the right-hand slope 1 "
                    + "only for $z > 0$); a central difference sees 0.55.";
            case HARDTANH -> "ACT-KINK takes $" + g + "'(-1) = 0$ (the left-hand slope) and $" + g + "'(1) = 0$ (the "
                    + "right-hand slope, since 1 > 0); a central difference sees 1/2.";
            default -> throw new IllegalArgumentException(activation.fileName() + " has no kink");
        };
    }
}
