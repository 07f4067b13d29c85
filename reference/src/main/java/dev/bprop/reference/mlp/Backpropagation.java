package dev.bprop.reference.mlp;

import static dev.bprop.reference.mlp.FundamentalEquations.bp1OutputError;
import static dev.bprop.reference.mlp.FundamentalEquations.bp1SigmoidBinaryCrossEntropyOutputError;
import static dev.bprop.reference.mlp.FundamentalEquations.bp1SoftmaxCrossEntropyOutputError;
import static dev.bprop.reference.mlp.FundamentalEquations.bp1SoftmaxJacobianOutputError;
import static dev.bprop.reference.mlp.FundamentalEquations.bp2HiddenError;
import static dev.bprop.reference.mlp.FundamentalEquations.bp3BiasGradient;
import static dev.bprop.reference.mlp.FundamentalEquations.bp4WeightGradient;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;

/**
 * The backpropagation algorithm of the slides (section 3.2) over a whole batch: one forward pass keeping every
 * Z^l and A^l, the output error by BP1, the errors of layers L−1..1 by BP2, and the gradients by BP3 and BP4.
 * Time O(w·m) for w parameters and m examples (clause COST-TIME); memory O(w + m·h) for h hidden and output units
 * (clause COST-MEMORY).
 */
public final class Backpropagation {
    private Backpropagation() {
    }

    /**
     * The loss, outputs and gradients of {@code problem} (clause FMT-RESULT). The problem must be valid, as
     * {@code BpropJson} returns them.
     */
    public static Result gradient(Problem problem) {
        return trace(problem).result();
    }

    /** Every intermediate quantity of backpropagation on {@code problem}, layer by layer. */
    public static Trace trace(Problem problem) {
        ForwardPass forward = ForwardPass.of(problem);
        int depth = forward.depth();
        Matrix[] errors = new Matrix[depth + 1];
        errors[depth] = outputError(forward);
        for (int l = depth - 1; l >= 1; l--) {
            Matrix derivative = Activations.derivative(problem.layer(l).activation(), forward.preActivation(l));
            errors[l] = bp2HiddenError(forward.weights(l + 1), errors[l + 1], derivative);
        }
        Matrix[] weightGradients = new Matrix[depth + 1];
        double[][] biasGradients = new double[depth + 1][];
        for (int l = 1; l <= depth; l++) {
            weightGradients[l] = bp4WeightGradient(errors[l], forward.activation(l - 1));
            biasGradients[l] = bp3BiasGradient(errors[l]);
        }
        return new Trace(forward, errors, weightGradients, biasGradients);
    }

    /**
     * Δ^L by the form of BP1 that fits the loss and the last activation: the cancelled forms BP1-SOFTMAX-CE and
     * BP1-SIGMOID-BCE for the pairs the spec requires, and for mean squared error BP1-JACOBIAN after softmax,
     * BP1 itself after an element-wise activation.
     */
    private static Matrix outputError(ForwardPass forward) {
        Problem problem = forward.problem();
        Activation last = problem.layer(forward.depth()).activation();
        problem.loss().requiredOutputActivation().filter(required -> required != last).ifPresent(required -> {
            throw new IllegalArgumentException(problem.loss().fileName() + " needs " + required.fileName()
                    + " on the last layer, found " + last.fileName());
        });
        Matrix outputs = forward.activation(forward.depth());
        Matrix targets = forward.targets();
        return switch (problem.loss()) {
            case CROSS_ENTROPY -> bp1SoftmaxCrossEntropyOutputError(outputs, targets);
            case BINARY_CROSS_ENTROPY -> bp1SigmoidBinaryCrossEntropyOutputError(outputs, targets);
            case MSE -> {
                Matrix lossGradient = Losses.meanSquaredErrorGradient(outputs, targets);
                yield last == Activation.SOFTMAX
                        ? bp1SoftmaxJacobianOutputError(outputs, lossGradient)
                        : bp1OutputError(lossGradient,
                                Activations.derivative(last, forward.preActivation(forward.depth())));
            }
        };
    }
}
