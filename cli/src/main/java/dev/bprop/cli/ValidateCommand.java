package dev.bprop.cli;

import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.json.OneLine;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Problem;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bprop validate FILE}: checks a problem or graph file against clause FMT-ERRORS, every rule included
 * E-EVAL, by the same validation as every other command ({@link Subject}); for a problem that includes the
 * gradient, so that validate accepts exactly what gradient accepts.
 */
@Command(name = "validate",
        description = "Check a problem or graph file and print a one-line summary, or name what is wrong.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A problem file (FMT-PROBLEM), a graph file (FMT-GRAPH) or a "
            + "vector ID (bprop vectors).")
    private String file;

    @Override
    public Integer call() {
        Subject subject = Subject.of(file);
        if (subject.isProblem()) {
            subject.gradient();
        }
        String summary = subject.isProblem() ? summary(subject.problem()) : summary(subject.graph());
        spec.commandLine().getOut().println(OneLine.of(file + ": valid " + summary));
        return 0;
    }

    /** The one line that says what a problem is: layers, widths, activations, loss, batch, parameters. */
    public static String summary(Problem problem) {
        String widths = java.util.stream.IntStream.rangeClosed(0, problem.depth())
                .mapToObj(l -> Integer.toString(problem.width(l)))
                .collect(Collectors.joining("-"));
        String activations = problem.layers().stream()
                .map(Layer::activation)
                .map(a -> a.fileName())
                .collect(Collectors.joining(", "));
        return "problem" + problem.id().map(id -> " \"" + id + "\"").orElse("") + ": " + problem.depth()
                + (problem.depth() == 1 ? " layer " : " layers ") + widths + " (" + activations + "), loss "
                + problem.loss().fileName() + ", batch of " + problem.batchSize() + ", "
                + problem.parameterCount() + " parameters";
    }

    static String summary(Graph graph) {
        return "graph" + graph.optionalId().map(id -> " \"" + id + "\"").orElse("") + ": " + graph.nodes().size()
                + " nodes, " + graph.inputNodes().size() + " inputs, output " + graph.output();
    }
}
