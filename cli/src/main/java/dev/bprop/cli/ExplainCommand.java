package dev.bprop.cli;

import dev.bprop.spec.json.InvalidInputException;
import dev.bprop.spec.mlp.Problem;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bprop explain VECTOR-ID|FILE}: a worked example a teacher can paste into course notes. For a problem, the
 * forward pass, the loss, BP1, BP2, BP3 and BP4 step by step; for an expression graph, the forward values and the
 * adjoint table in the order general backpropagation fills it.
 */
@Command(name = "explain",
        description = {"Show the whole computation of a problem or graph as a worked example, each step labelled "
                + "with its clause.", "TARGET is a spec vector ID (e.g. xor-relu-shifted, adjoint) or a file."})
final class ExplainCommand implements Callable<Integer> {
    /** The most numbers a worked example shows (clause FMT-CLI). */
    static final long MAX_NUMBERS = 100_000;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TARGET", description = "A test vector ID of the spec, or a problem or graph file.")
    private String target;

    @Option(names = "--format", defaultValue = "markdown",
            description = "markdown or latex; graphs are explained in Markdown (default: ${DEFAULT-VALUE}).")
    private String format;

    @Override
    public Integer call() {
        Notation notation = notation();
        Subject subject = Subject.of(target);
        requireExplainable(subject);
        String text = subject.isProblem()
                ? ExplainProblem.explain(subject.problem(), notation)
                : ExplainGraph.explain(subject.graph());
        spec.commandLine().getOut().print(text);
        return 0;
    }

    /**
     * A worked example is for reading (clause FMT-CLI): a problem of more than {@value #MAX_NUMBERS} numbers
     * explained, w + m·(n_0 + … + n_L), or a graph of more than that many nodes, is refused; and a problem whose
     * gradient overflows has no example to show (E-EVAL).
     */
    static void requireExplainable(Subject subject) {
        long size;
        if (subject.isProblem()) {
            Problem problem = subject.problem();
            long units = 0;
            for (int l = 0; l <= problem.depth(); l++) {
                units += problem.width(l);
            }
            size = problem.parameterCount() + (long) problem.batchSize() * units;
        } else {
            size = subject.graph().nodes().size();
        }
        if (size > MAX_NUMBERS) {
            throw new InvalidInputException(subject.name(), "is too large to explain: " + size + " numbers, more than "
                    + MAX_NUMBERS + " (use bprop gradient or graph-gradient)");
        }
        if (subject.isProblem()) {
            subject.gradient();
        }
    }

    private Notation notation() {
        return switch (format) {
            case "markdown" -> Notation.MARKDOWN;
            case "latex" -> Notation.LATEX;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format: expected markdown or latex, found " + format);
        };
    }
}
