package dev.bprop.examples.encog;

import dev.bprop.conformance.internal.problem.PreActivations;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The deviations from the spec the kit finds in Encog 3.4, each checked by hand against Encog's source and by
 * {@code EncogBehaviourTest} (FINDINGS.md has the bug reports; the anchors are the constants' {@link #anchor}s).
 *
 * <p>Each deviation says which problems it shows on, as a property of the problem's structure that follows from
 * the cause in Encog's source, so that a failing test is attributed by the smallest failing problem the kit printed
 * rather than by its seed; the clauses it fails; and the diagnosis texts the kit gives for it. Listed in the order a
 * failure is attributed: the first deviation whose property holds explains it.
 */
enum EncogDeviation {
    /**
     * {@code ActivationSoftMax} exponentiates without subtracting max z, through {@code BoundMath.exp}, which clips at
     * 1e20, and falls back to the uniform distribution when the exponentials sum below 1e−13; and the cross-entropy
     * error (mode HOT_LOGLOSS) is ln of the softmax output. Shows once a softmax logit exceeds ln 1e20 ≈ 46.05 in
     * magnitude.
     */
    UNSTABLE_SOFTMAX("unstable-softmax", problem -> lastActivation(problem) == Activation.SOFTMAX
            && PreActivations.of(problem).largestMagnitude(problem.depth()) > Math.log(1e20),
            Set.of("LOSS-STABLE"),
            List.of("the outputs a^L differ for")),
    /**
     * {@code ActivationSoftMax.derivativeFunction} returns 1, so the squared error ({@code LinearErrorFunction})
     * gives δ^L = a − y instead of the softmax Jacobian times (a − y).
     */
    SOFTMAX_DERIVATIVE_ONE("softmax-derivative-one", problem -> lastActivation(problem) == Activation.SOFTMAX
            && problem.loss() == Loss.MSE,
            Set.of("BP1-JACOBIAN"),
            List.of("softmax-jacobian-dropped")),
    /**
     * {@code GradientWorker.processLevel} takes the derivative for the deltas of a hidden layer from the activation
     * of the layer <em>above</em> it ({@code getActivationFunctions()[currentLevel]} where {@code currentLevel + 1}
     * belongs). Shows when a hidden layer's derivative differs from the next layer's.
     */
    DERIVATIVE_FROM_LAYER_ABOVE("derivative-from-layer-above", EncogDeviation::hiddenDerivativeDiffersFromAbove,
            Set.of("ACT-KINK", "BP1-SOFTMAX-CE", "BP1-SIGMOID-BCE", "BP2", "BP4", "BP-BATCH", "ACT-SIGMOID",
                    "ACT-TANH", "ACT-RELU", "LOSS-MSE", "LOSS-CE", "LOSS-BCE"),
            List.of("derivative-of-the-layer-above", "bp2-without-derivative", "relu-derivative-one")),
    /** {@code ActivationClippedLinear.derivativeFunction} returns 1 everywhere, also where it clips, |z| > 1. */
    HARDTANH_DERIVATIVE_ONE("hardtanh-derivative-one", problem -> problem.layers().stream()
            .anyMatch(layer -> layer.activation() == Activation.HARDTANH),
            Set.of("ACT-KINK", "BP1", "BP2", "BP4", "BP-BATCH", "ACT-HARDTANH"),
            List.of("hardtanh'(", "hardtanh-derivative-one", "bp2-without-derivative"));
    private final String anchor;
    private final Predicate<Problem> showsOn;
    private final Set<String> clauses;
    private final List<String> diagnoses;

    EncogDeviation(String anchor, Predicate<Problem> showsOn, Set<String> clauses, List<String> diagnoses) {
        this.anchor = anchor;
        this.showsOn = showsOn;
        this.clauses = clauses;
        this.diagnoses = diagnoses;
    }

    /** The anchor of this finding in FINDINGS.md. */
    String anchor() {
        return anchor;
    }

    /** Whether Encog deviates in this way on {@code problem}, judged from its structure. */
    boolean showsOn(Problem problem) {
        return showsOn.test(problem);
    }

    /** The clauses whose tests this deviation fails. */
    Set<String> clauses() {
        return clauses;
    }

    /** The kit's diagnoses for it: a failure message contains at least one. */
    List<String> diagnoses() {
        return diagnoses;
    }

    private static Activation lastActivation(Problem problem) {
        return problem.layer(problem.depth()).activation();
    }

    /**
     * Whether some hidden layer l gets a wrong derivative from layer l + 1's activation: Encog's derivative of
     * identity, softmax and hardtanh is the constant 1, so those three are alike; sigmoid, tanh and relu each differ
     * from every other.
     */
    private static boolean hiddenDerivativeDiffersFromAbove(Problem problem) {
        for (int l = 1; l < problem.depth(); l++) {
            if (!encogDerivative(problem.layer(l).activation()).equals(
                    encogDerivative(problem.layer(l + 1).activation()))) {
                return true;
            }
        }
        return false;
    }

    private static String encogDerivative(Activation activation) {
        return switch (activation) {
            case IDENTITY, SOFTMAX, HARDTANH -> "constant 1";
            default -> activation.fileName();
        };
    }
}
