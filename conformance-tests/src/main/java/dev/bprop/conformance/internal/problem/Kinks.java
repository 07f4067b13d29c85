package dev.bprop.conformance.internal.problem;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Problem;

/**
 * The kinks of clause ACT-KINK: relu and leaky_relu at z = 0, hardtanh at z = ±1. Generated problems keep every
 * pre-activation at least a margin away from them, because there a correct implementation that sums in another
 * order may land on the other side and take the other one-sided derivative; the behaviour on a kink is the
 * optional clause ACT-KINK's alone.
 */
public final class Kinks {
    private Kinks() {
    }

    /** Whether g has a kink within {@code margin} of z. */
    public static boolean near(Activation activation, double z, double margin) {
        return switch (activation) {
            case RELU, LEAKY_RELU -> Math.abs(z) < margin;
            case HARDTANH -> Math.abs(Math.abs(z) - 1) < margin;
            default -> false;
        };
    }

    /** Whether unit j of layer l has a pre-activation within {@code margin} of a kink for some example. */
    public static boolean nearUnit(Problem problem, PreActivations forward, int l, int j, double margin) {
        Activation activation = problem.layer(l).activation();
        for (int e = 0; e < problem.batchSize(); e++) {
            if (near(activation, forward.z(l, e, j), margin)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any pre-activation of {@code problem} lies within {@code margin} of a kink. */
    public static boolean anyNear(Problem problem, double margin) {
        PreActivations forward = PreActivations.of(problem);
        for (int l = 1; l <= problem.depth(); l++) {
            for (int j = 0; j < problem.width(l); j++) {
                if (nearUnit(problem, forward, l, j, margin)) {
                    return true;
                }
            }
        }
        return false;
    }
}
