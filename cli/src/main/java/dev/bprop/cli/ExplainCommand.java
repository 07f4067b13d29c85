package dev.bprop.cli;

import dev.bprop.cli.explain.ExplainGraph;
import dev.bprop.cli.explain.ExplainProblem;
import dev.bprop.cli.explain.Notation;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.json.InvalidInputException;
import dev.bprop.spec.mlp.Problem;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bprop explain VECTOR-ID|FILE}: a worked example a teacher can paste into course notes, in Markdown or LaTeX.
 * For a problem, every layer's parameters, forward pass, BP1, BP2, BP3 and BP4 step by step ({@link ExplainProblem});
 * for an expression graph, the forward values and the adjoints with their chain-rule terms ({@link ExplainGraph}).
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
            description = "markdown or latex (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--digits", defaultValue = "" + Notation.DEFAULT_DIGITS,
            description = "Significant digits of every number, 1 to 17 (default: ${DEFAULT-VALUE}).")
    private int digits;

    @Option(names = "--standalone",
            description = "A whole document (for LaTeX: an article ready for pdflatex) instead of a fragment to "
                    + "paste into one (a LaTeX fragment needs the packages amsmath and tabularx).")
    private boolean standalone;

    @Override
    public Integer call() {
        Notation notation = notation();
        Subject subject = Subject.of(target);
        requireExplainable(subject);
        String text = subject.isProblem() ? explain(subject.problem(), notation) : explain(subject.graph(), notation);
        spec.commandLine().getOut().print(text);
        return 0;
    }

    private String explain(Problem problem, Notation notation) {
        return whole(ExplainProblem.title(problem), ExplainProblem.explain(problem, notation), notation);
    }

    private String explain(Graph graph, Notation notation) {
        return whole(ExplainGraph.title(graph), ExplainGraph.explain(graph, notation), notation);
    }

    /** The explanation as a fragment, or with {@code --standalone} as a whole document. */
    private String whole(String title, String body, Notation notation) {
        return standalone ? notation.document(title, body) : body;
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
        try {
            return Notation.of(format, digits);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
