package dev.bprop.cli.explain;

import dev.bprop.cli.ValidateCommand;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.reference.mlp.Trace;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A problem's whole computation as a worked example a student can redo by hand, each step labelled with its clause.
 * Forward, per layer l: W^l, b^l, Z^l (FWD-Z) and A^l (FWD-A). Backward, per layer from L down: the output error
 * (BP1 or its special forms) or, for a hidden layer, the product Δ^(l+1) W^(l+1) and g'(Z^l) before their Hadamard
 * product Δ^l (BP2); then ∂J/∂b^l (BP3) and ∂J/∂W^l (BP4). Matrices of the batch have one row per example e
 * (NOT-SHAPES); pre-activations exactly on a kink are marked, with the convention ACT-KINK takes there.
 */
public final class ExplainProblem {
    private final Problem problem;
    private final Trace trace;
    private final Notation notation;
    private final StringBuilder text = new StringBuilder();

    private ExplainProblem(Problem problem, Notation notation) {
        this.problem = problem;
        this.trace = Backpropagation.trace(problem);
        this.notation = notation;
    }

    /** The worked example of {@code problem}, written in {@code notation}. */
    public static String explain(Problem problem, Notation notation) {
        return new ExplainProblem(problem, notation).explain();
    }

    /** The title of the worked example. */
    public static String title(Problem problem) {
        return "Worked example" + problem.id().map(id -> ": " + id).orElse("");
    }

    private String explain() {
        int m = problem.batchSize();
        text.append(notation.heading(1, title(problem)));
        text.append(notation.paragraph(ValidateCommand.summary(problem) + ". Layers are numbered $l = 1, \\dots, L$ ($L = "
                + problem.depth() + "$); units $j$ of layer $l$, units $i$ of layer $l-1$ and the examples $e$ from 0 "
                + "(NOT-INDEX). Rows of $Z$, $A$ and $\\Delta$ are the examples, "
                + examples(m) + "; $W^{l}$ has one row per unit "
                + "$j$ of layer $l$ and one column per unit $i$ of layer $l-1$ (NOT-SHAPES)."));
        forwardPass();
        loss();
        text.append(notation.heading(2, "Backward pass (BP1 to BP4)"));
        for (int l = problem.depth(); l >= 1; l--) {
            text.append(notation.heading(3, "Layer " + l + ": " + activation(l).fileName()));
            if (l == problem.depth()) {
                outputError();
            } else {
                hiddenError(l);
            }
            gradients(l);
        }
        return text.toString();
    }

    private void forwardPass() {
        text.append(notation.heading(2, "Forward pass (FWD-Z, FWD-A)"));
        text.append(notation.matrix("A^{0} = X", problem.inputs(), "e", "i", (e, i) -> false));
        for (int l = 1; l <= problem.depth(); l++) {
            text.append(notation.heading(3, "Layer " + l + ": " + activation(l).fileName()));
            text.append(notation.matrix("W^{" + l + "}", problem.layer(l).weights(), "j", "i", (j, i) -> false));
            text.append(notation.vector("b^{" + l + "}", problem.layer(l).bias(), "j"));
            double[][] z = trace.forward().preActivation(l).toArray();
            text.append(notation.matrix("Z^{" + l + "} = A^{" + (l - 1) + "} (W^{" + l + "})^{\\top} + b^{" + l + "}",
                    z, "e", "j", onKink(l)));
            kinkNote(l);
            text.append(notation.matrix("A^{" + l + "} = " + name(activation(l)) + "(Z^{" + l + "})",
                    trace.forward().activation(l).toArray(), "e", "j", (e, j) -> false));
        }
    }

    private void loss() {
        text.append(notation.heading(2, "Loss (" + lossClause(problem.loss()) + ", LOSS-MEAN)"));
        text.append(notation.matrix("Y", problem.targets(), "e", "k", (e, k) -> false));
        text.append(notation.equation("J = " + notation.number(trace.loss())));
    }

    private void outputError() {
        int depth = problem.depth();
        String delta = "\\Delta^{" + depth + "}";
        String residual = "(A^{" + depth + "} - Y)/m";
        String clause = outputErrorClause(problem);
        text.append(notation.paragraph("Output error (" + clause + "). $" + delta + "$ carries the $1/m$ of the batch "
                + "mean (LOSS-MEAN, $m = " + problem.batchSize() + "$)" + (depth > 1 ? ", and every $\\Delta^{l}$ "
                + "below inherits it" : "") + ", so BP3 and BP4 sum over the examples without dividing again "
                + "(BP-BATCH)."));
        switch (clause) {
            case "BP1" -> {
                text.append(notation.matrix("\\nabla_{A^{" + depth + "}} J = " + residual,
                        trace.meanSquaredErrorGradient().toArray(), "e", "j", (e, j) -> false));
                text.append(notation.matrix(derivative(depth), trace.activationDerivative(depth).toArray(), "e", "j",
                        onKink(depth)));
                kinkNote(depth);
                text.append(notation.matrix(delta + " = " + residual + " \\odot " + derivative(depth),
                        trace.error(depth).toArray(), "e", "j", (e, j) -> false));
            }
            case "BP1-JACOBIAN" -> {
                text.append(notation.matrix("g = \\nabla_{A^{" + depth + "}} J = " + residual,
                        trace.meanSquaredErrorGradient().toArray(), "e", "j", (e, j) -> false));
                text.append(notation.matrix("\\delta^{" + depth + "}_{ej} = a_{ej} (g_{ej} - \\sum_{k} a_{ek} g_{ek})",
                        trace.error(depth).toArray(), "e", "j", (e, j) -> false));
            }
            default -> text.append(notation.matrix(delta + " = " + residual, trace.error(depth).toArray(), "e", "j",
                    (e, j) -> false));
        }
    }

    private void hiddenError(int l) {
        String product = "\\Delta^{" + (l + 1) + "} W^{" + (l + 1) + "}";
        text.append(notation.paragraph("Hidden error (BP2): the error of layer " + (l + 1) + " carried back "
                + "through its weights, $" + product + "$ (row $e$ is $((W^{" + (l + 1) + "})^{\\top} \\delta^{"
                + (l + 1) + "}_{e})^{\\top}$), then the Hadamard product $\\odot$ with $" + derivative(l) + "$."));
        text.append(notation.matrix(product, trace.backpropagatedError(l).toArray(), "e", "j", (e, j) -> false));
        text.append(notation.matrix(derivative(l), trace.activationDerivative(l).toArray(), "e", "j", onKink(l)));
        kinkNote(l);
        text.append(notation.matrix("\\Delta^{" + l + "} = (" + product + ") \\odot " + derivative(l),
                trace.error(l).toArray(), "e", "j", (e, j) -> false));
    }

    private void gradients(int l) {
        text.append(notation.paragraph("Gradients: BP3 sums the rows of $\\Delta^{" + l + "}$, BP4 sums the outer "
                + "products $\\delta^{" + l + "}_{e} (a^{" + (l - 1) + "}_{e})^{\\top}$ over the examples."));
        text.append(notation.vector("\\partial J/\\partial b^{" + l + "}", trace.biasGradient(l), "j"));
        text.append(notation.matrix("\\partial J/\\partial W^{" + l + "} = (\\Delta^{" + l + "})^{\\top} A^{"
                + (l - 1) + "}", trace.weightGradient(l).toArray(), "j", "i", (j, i) -> false));
    }

    /** Marks the pre-activations of layer l that sit exactly on a kink (ACT-KINK). */
    private BiPredicate<Integer, Integer> onKink(int l) {
        double[][] z = trace.forward().preActivation(l).toArray();
        return (e, j) -> ActivationKinks.onKink(activation(l), z[e][j]);
    }

    /** Names the pre-activations of layer l on a kink, and the convention the derivative takes there. */
    private void kinkNote(int l) {
        double[][] z = trace.forward().preActivation(l).toArray();
        List<String> places = new ArrayList<>();
        for (int e = 0; e < z.length; e++) {
            for (int j = 0; j < z[e].length; j++) {
                if (ActivationKinks.onKink(activation(l), z[e][j])) {
                    places.add("$(" + e + ", " + j + ")$");
                }
            }
        }
        if (!places.isEmpty()) {
            text.append(notation.paragraph("The entries " + notation.markName() + " sit exactly on a kink, at $(e, j)$ = "
                    + String.join(", ", places) + ". " + ActivationKinks.convention(activation(l))));
        }
    }

    /** The examples e, in words: "here only e = 0", "e = 0, 1", "e = 0, …, 3". */
    private static String examples(int m) {
        return switch (m) {
            case 1 -> "here only $e = 0$";
            case 2 -> "$e = 0, 1$";
            default -> "$e = 0, \\dots, " + (m - 1) + "$";
        };
    }

    private Activation activation(int l) {
        return problem.layer(l).activation();
    }

    private String derivative(int l) {
        return name(activation(l)) + "'(Z^{" + l + "})";
    }

    /** An activation's name in math. */
    static String name(Activation activation) {
        return "\\operatorname{" + activation.fileName().replace("_", "\\_") + "}";
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
