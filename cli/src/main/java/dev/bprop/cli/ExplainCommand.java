package dev.bprop.cli;

import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.json.InvalidInputException;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.VectorCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Path file = Path.of(target);
        String text;
        if (Files.exists(file)) {
            text = switch (BpropJson.kindOf(file)) {
                case PROBLEM -> ExplainProblem.explain(BpropJson.readProblem(file), notation);
                case GRAPH -> ExplainGraph.explain(BpropJson.readGraph(file));
            };
        } else {
            TestVector vector = VectorCatalog.byId(target).orElseThrow(() -> new InvalidInputException(target,
                    "is neither a file nor the ID of a spec test vector (see spec/SPEC.md, \"Test vectors\")"));
            text = vector.isProblem()
                    ? ExplainProblem.explain(vector.problem().orElseThrow(), notation)
                    : ExplainGraph.explain(vector.graph().orElseThrow());
        }
        spec.commandLine().getOut().print(text);
        return 0;
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
