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
 * <p>A case whose problem the adapter does not declare it supports (an activation, an activation on the output or
 * on a hidden layer, a depth, an output activation with a loss) is skipped with the reason, never passed; so is a
 * case on which {@link #gradient} throws {@link UnsupportedProblemException} (clause KIT-CAPABILITY). The adapter
 * must answer the same problem the same way every time (KIT-DETERMINISTIC). It cannot change the problem: the spec's
 * types copy their arrays in and out.
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

    /** The activations the library supports on the output layer L; by default all of {@link #activations()}. */
    default Set<Activation> outputActivations() {
        return activations();
    }

    /** The activations the library supports on the hidden layers 1..L−1; by default all of {@link #activations()}. */
    default Set<Activation> hiddenActivations() {
        return activations();
    }

    /** The fewest layers L a network of the library may have; problems with fewer are skipped. */
    default int minDepth() {
        return 1;
    }

    /** The most layers L a network of the library may have; problems with more are skipped. */
    default int maxDepth() {
        return Integer.MAX_VALUE;
    }

    /**
     * Whether the library combines {@code output}, the activation of layer L, with {@code loss}; by default every
     * pair the spec allows (FMT-PROBLEM-LOSS-FIT). Problems with a pair it does not are skipped.
     */
    default boolean supportsOutput(Activation output, Loss loss) {
        return true;
    }

    /** The arithmetic the library computes in; it chooses the tolerances. */
    default Precision precision() {
        return Precision.FLOAT64;
    }
}
