package dev.bprop.cli;

import dev.bprop.reference.graph.Evaluation;
import dev.bprop.reference.graph.Matrix;
import dev.bprop.reference.graph.Node;
import dev.bprop.reference.graph.file.GraphFile;
import dev.bprop.spec.graph.Graph;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The explanation of an expression graph as the slides give it (clause EX-ADJOINT): the forward values w₁…w_n,
 * then the adjoint table w̄ = ∂f/∂w in the order general backpropagation fills its {@code grad_table}, as
 * Markdown. A piece for the {@code explain} command, which also explains problem files.
 */
public final class ExplainGraph {
    private ExplainGraph() {
    }

    /** The Markdown explanation of {@code graph}. */
    public static String explain(Graph graph) {
        GraphFile file = GraphFile.of(graph);
        Evaluation evaluation = file.evaluate();
        Map<Node, Matrix> adjoints = file.adjoints(evaluation);
        StringBuilder text = new StringBuilder();
        text.append("# ").append(graph.optionalId().map(id -> "Graph \"" + id + "\"").orElse("Graph"))
                .append(": f = ").append(w(file.output())).append(" = ")
                .append(evaluation.value(file.output())).append("\n\n");
        text.append("## Forward values\n\n| w | node | computed as | value |\n| --- | --- | --- | --- |\n");
        for (Node node : file.nodes()) {
            text.append("| ").append(w(node)).append(" | ").append(node.name()).append(" | ")
                    .append(computation(file, node)).append(" | ").append(evaluation.value(node)).append(" |\n");
        }
        text.append("\n## Adjoints w̄ = ∂f/∂w, in the order grad_table is filled\n\n")
                .append("| step | w̄ | node | value |\n| --- | --- | --- | --- |\n");
        int step = 1;
        for (Map.Entry<Node, Matrix> adjoint : adjoints.entrySet()) {
            text.append("| ").append(step++).append(" | ").append(w(adjoint.getKey()).replace("w", "w̄"))
                    .append(" | ").append(adjoint.getKey().name()).append(" | ").append(adjoint.getValue())
                    .append(" |\n");
        }
        return text.toString();
    }

    /** The slides' name of a node: w_i, numbered from 1 in file order. */
    private static String w(Node node) {
        return "w" + (node.index() + 1);
    }

    private static String computation(GraphFile file, Node node) {
        String operation = file.graph().getOperation(node).name();
        if (file.graph().getInputs(node).isEmpty()) {
            return operation;
        }
        return operation + "(" + file.graph().getInputs(node).stream().map(ExplainGraph::w)
                .collect(Collectors.joining(", ")) + ")";
    }
}
