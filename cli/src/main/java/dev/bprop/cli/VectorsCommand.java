package dev.bprop.cli;

import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.VectorCatalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code bprop vectors}: the spec's test vectors (clause FMT-VECTOR), one a line: ID, kind, main clause and title.
 * Every command that takes a problem or graph file also takes one of these IDs ({@link Subject}).
 */
@Command(name = "vectors",
        description = {"List the spec's test vectors: ID, problem or graph, main clause, title.",
                "Every command that takes a problem or graph file (gradient, forward, graph-gradient, validate, "
                        + "check, explain) also takes one of these IDs."})
final class VectorsCommand implements Callable<Integer> {
    private static final String ROW = "%-32s %-8s %-20s %s%n";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (TestVector vector : VectorCatalog.all()) {
            out.printf(ROW, vector.id(), vector.isProblem() ? "problem" : "graph", vector.clauses().get(0),
                    vector.title());
        }
        return 0;
    }
}
