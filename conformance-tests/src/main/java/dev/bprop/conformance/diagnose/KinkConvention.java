package dev.bprop.conformance.diagnose;

import dev.bprop.conformance.problem.PreActivations;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.Locale;
import java.util.Optional;

/**
 * Which derivative a library takes at a kink (clause ACT-KINK), read off a probe: one unit, one example, mse, so
 * that ∂J/∂b = (a − y)·g'(z) and g'(z) = found ∂J/∂b / (a − y). The slope is named as the left-hand or
 * right-hand derivative, or their mean (what a central difference sees).
 */
public final class KinkConvention {
    private KinkConvention() {
    }

    /** The convention the probe shows, if {@code problem} is a probe. */
    public static Optional<String> of(Problem problem, Result found) {
        if (problem.depth() != 1 || problem.width(1) != 1 || problem.batchSize() != 1) {
            return Optional.empty();
        }
        Activation activation = problem.layer(1).activation();
        double z = PreActivations.of(problem).z(1, 0, 0);
        double residual = found.output(0, 0) - problem.target(0, 0);
        double slope = found.gradient(1).bias(0) / residual;
        double[] sides = sides(activation, z);
        String name = sides[0] == slope ? "the left-hand derivative" : sides[1] == slope ? "the right-hand derivative"
                : Math.abs(slope - (sides[0] + sides[1]) / 2) < 1e-6 ? "the mean of the one-sided slopes" : "neither "
                + "one-sided derivative";
        return Optional.of(String.format(Locale.ROOT, "the library takes %s'(%s) = %s, %s; ACT-KINK takes %s, the %s "
                        + "(the right-hand derivative for z > 0, the left-hand one otherwise)", activation.fileName(),
                z, slope, name, z > 0 ? sides[1] : sides[0], z > 0 ? "right-hand one" : "left-hand one"));
    }

    /** The left-hand and right-hand derivatives of g at its kink z (ACT-KINK's table). */
    private static double[] sides(Activation activation, double z) {
        return switch (activation) {
            case RELU -> new double[] {0, 1};
            case LEAKY_RELU -> new double[] {0.1, 1};
            case HARDTANH -> z > 0 ? new double[] {1, 0} : new double[] {0, 1};
            default -> new double[] {Double.NaN, Double.NaN};
        };
    }
}
