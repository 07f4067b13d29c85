package dev.bprop.cli;

import dev.bprop.reference.graph.file.GraphFile;
import dev.bprop.spec.json.BpropJson;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bprop graph-gradient GRAPH.json} (CONTRACTS.md section 4): prints the graph result (section 3) computed by
 * general backpropagation (clause GBP-BUILDGRAD).
 */
@Command(name = "graph-gradient",
        description = "Print the value of an expression graph and its gradient with respect to every input node.")
final class GraphGradientCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "GRAPH", description = "An expression graph file (CONTRACTS.md 3).")
    private Path file;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(BpropJson.write(GraphFile.gradient(BpropJson.readGraph(file))));
        return 0;
    }
}
