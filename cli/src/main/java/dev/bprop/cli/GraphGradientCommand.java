package dev.bprop.cli;

import dev.bprop.reference.graph.file.GraphFile;
import dev.bprop.spec.json.BpropJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bprop graph-gradient GRAPH.json} (clause FMT-CLI): prints the graph result (FMT-GRAPH-RESULT) computed by
 * general backpropagation (clause GBP-BUILDGRAD).
 */
@Command(name = "graph-gradient",
        description = "Print the value of an expression graph and its gradient with respect to every input node.")
final class GraphGradientCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "GRAPH", description = "An expression graph file (FMT-GRAPH) or a graph vector ID "
            + "(bprop vectors).")
    private String graph;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(BpropJson.write(GraphFile.gradient(Subject.of(graph).graph())));
        return 0;
    }
}
