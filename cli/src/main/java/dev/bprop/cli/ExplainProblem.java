package dev.bprop.cli;

import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.reference.mlp.Trace;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;

/**
 * A problem's whole computation as a worked example, each step labelled with its clause: every layer's Z^l and
 * A^l (FWD-Z, FWD-A), the loss, δ^L (BP1 or its special forms), each δ^l (BP2), and each gradient (BP3, BP4).
 * Matrices of the batch have one row per example e, as in the spec's batch notation (NOT-SHAPES).
 */
final class ExplainProblem {
    private ExplainProblem() {
    }

    static String explain(Problem problem, Notation notation) {
        Trace trace = Backpropagation.trace(problem);
        int depth = problem.depth();
        StringBuilder text = new StringBuilder();
        text.append(notation.heading(1, "Worked example" + problem.id().map(id -> ": " + id).orElse("")));
        text.append(notation.paragraph(ValidateCommand.summary(problem) + ". Rows of Z, A and Δ are the examples "
                + "e = 0.." + (problem.batchSize() - 1) + "; W^l has one row per unit j of layer l."));
        text.append(notation.heading(2, "Forward pass (FWD-Z, FWD-A)"));
        text.append(notation.matrix("A^0 = X", problem.inputs(), "e", "i"));
        for (int l = 1; l <= depth; l++) {
            text.append(notation.heading(3, "Layer " + l + ": " + problem.layer(l).activation().fileName()));
            text.append(notation.matrix("Z^" + l + " = A^" + (l - 1) + " (W^" + l + ")^T + b^" + l,
                    trace.forward().preActivation(l).toArray(), "e", "j"));
            text.append(notation.matrix("A^" + l + " = g^" + l + "(Z^" + l + ")",
                    trace.forward().activation(l).toArray(), "e", "j"));
        }
        text.append(notation.heading(2, "Loss (" + lossClause(problem.loss()) + ", LOSS-MEAN)"));
        text.append(notation.matrix("Y", problem.targets(), "e", "k"));
        text.append(notation.paragraph("J = " + Notation.number(trace.loss())));
        text.append(notation.heading(2, "Output error (" + outputErrorClause(problem) + ")"));
        text.append(notation.matrix("Δ^" + depth + " = ∂J/∂Z^" + depth, trace.error(depth).toArray(), "e", "j"));
        if (depth > 1) {
            text.append(notation.heading(2, "Hidden errors (BP2)"));
            for (int l = depth - 1; l >= 1; l--) {
                text.append(notation.matrix("Δ^" + l + " = (Δ^" + (l + 1) + " W^" + (l + 1) + ") ⊙ g^" + l
                        + "'(Z^" + l + ")", trace.error(l).toArray(), "e", "j"));
            }
        }
        text.append(notation.heading(2, "Gradients (BP3, BP4)"));
        for (int l = depth; l >= 1; l--) {
            text.append(notation.matrix("∂J/∂b^" + l + " = Σ_e δ^" + l + "_e",
                    new double[][] {trace.biasGradient(l)}, "", "j"));
            text.append(notation.matrix("∂J/∂W^" + l + " = (Δ^" + l + ")^T A^" + (l - 1),
                    trace.weightGradient(l).toArray(), "j", "i"));
        }
        return text.toString();
    }

    static String lossClause(Loss loss) {
        return switch (loss) {
            case MSE -> "LOSS-MSE";
            case CROSS_ENTROPY -> "LOSS-CE";
            case BINARY_CROSS_ENTROPY -> "LOSS-BCE";
        };
    }

    /** Which form of BP1 the reference uses for this output layer and loss. */
    static String outputErrorClause(Problem problem) {
        Activation last = problem.layer(problem.depth()).activation();
        if (last == Activation.SOFTMAX) {
            return problem.loss() == Loss.CROSS_ENTROPY ? "BP1-SOFTMAX-CE" : "BP1-JACOBIAN";
        }
        return problem.loss() == Loss.BINARY_CROSS_ENTROPY ? "BP1-SIGMOID-BCE" : "BP1";
    }
}
