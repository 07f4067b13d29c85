package dev.bprop.conformance.internal.diagnose;

import dev.bprop.conformance.internal.problem.PreActivations;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Places;
import dev.bprop.oracle.objective.Place;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.Locale;
import java.util.Optional;

/**
 * Which derivative a library takes at a kink (clause ACT-KINK), read off a probe: one unit, one example, mse, so
 * that ∂J/∂b = (a − y)·g'(z) and the library's slope is found ∂J/∂b / (a − y). The slope is named as the left-hand
 * or right-hand derivative, or their mean (what a central difference sees), when (a − y) times that derivative
 * reproduces the found ∂J/∂b as a bug model's number would (KIT-DIAGNOSIS).
 */
public final class KinkConvention {
    private KinkConvention() {
    }

    /** The convention the probe shows, if {@code problem} is a probe of an activation with a kink. */
    public static Optional<String> of(Problem problem, Result found, MlpComparison comparison) {
        if (problem.depth() != 1 || problem.width(1) != 1 || problem.batchSize() != 1) {
            return Optional.empty();
        }
        Activation activation = problem.layer(1).activation();
        double z = PreActivations.of(problem).z(1, 0, 0);
        Optional<double[]> sides = sides(activation, z);
        Optional<ElementComparison> bias = comparison.elements().stream().filter(e -> Places.in(e, Place.BIAS))
                .findFirst();
        if (sides.isEmpty() || bias.isEmpty()) {
            return Optional.empty();
        }
        double left = sides.get()[0];
        double right = sides.get()[1];
        double residual = found.output(0, 0) - problem.target(0, 0);
        double slope = bias.get().found() / residual;
        String name = takes(bias.get(), residual, left, comparison) ? "the left-hand derivative"
                : takes(bias.get(), residual, right, comparison) ? "the right-hand derivative"
                : takes(bias.get(), residual, (left + right) / 2, comparison) ? "the mean of the one-sided slopes"
                : "neither one-sided derivative";
        return Optional.of(String.format(Locale.ROOT, "the library takes %s'(%s) = %s, %s; ACT-KINK takes %s, the %s "
                        + "(the right-hand derivative for z > 0, the left-hand one otherwise)", activation.fileName(),
                z, slope, name, z > 0 ? right : left, z > 0 ? "right-hand one" : "left-hand one"));
    }

    /** Whether ∂J/∂b = (a − y)·{@code derivative} reproduces the found ∂J/∂b. */
    private static boolean takes(ElementComparison bias, double residual, double derivative,
            MlpComparison comparison) {
        return bias.reproducedBy(residual * derivative, comparison.sides().foundIn());
    }

    /** The left-hand and right-hand derivatives of g at its kink z (ACT-KINK's table); none for a smooth g. */
    private static Optional<double[]> sides(Activation activation, double z) {
        return switch (activation) {
            case RELU -> Optional.of(new double[] {0, 1});
            case LEAKY_RELU -> Optional.of(new double[] {0.1, 1});
            case HARDTANH -> Optional.of(z > 0 ? new double[] {1, 0} : new double[] {0, 1});
            default -> Optional.empty();
        };
    }
}
