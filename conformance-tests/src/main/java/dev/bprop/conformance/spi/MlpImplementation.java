package dev.bprop.conformance.spi;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.EnumSet;
import java.util.Set;

/**
 * The adapter an adopter writes for the MLP profile: one method that runs the library under test on a problem
 * (clause FMT-PROBLEM) and returns what it computed (clause FMT-RESULT), and capability hooks whose defaults
 * claim everything.
 *
 * <p>A case whose problem needs an activation or a loss the adapter does not declare is skipped with the reason,
 * never passed. The adapter must leave the problem untouched (KIT-PURE) and answer the same problem the same way
 * every time (KIT-DETERMINISTIC).
 */
public interface MlpImplementation {
    /**
     * The loss J, the outputs a^L (one row per example) and ∂J/∂W^l, ∂J/∂b^l for l = 1..L of {@code problem}, as
     * the library under test computes them. Row j of every weight matrix holds the weights into unit j
     * (clause NOT-SHAPES); the loss is the batch mean of LOSS-MSE, LOSS-CE or LOSS-BCE.
     */
    Result gradient(Problem problem);

    /** The activations the library supports; problems using others are skipped. */
    default Set<Activation> activations() {
        return EnumSet.allOf(Activation.class);
    }

    /** The losses the library supports; problems using others are skipped. */
    default Set<Loss> losses() {
        return EnumSet.allOf(Loss.class);
    }

    /** The arithmetic the library computes in; it chooses the tolerances. */
    default Precision precision() {
        return Precision.FLOAT64;
    }
}
