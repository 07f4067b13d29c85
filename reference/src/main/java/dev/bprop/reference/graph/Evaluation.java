package dev.bprop.reference.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One forward pass (clause GBP-GRAPH): the value of every node of a graph as it was when evaluated, computed in
 * the graph's order so that every input is ready before its consumers. A value that is not finite stops the pass
 * with a {@link NonFiniteValueException} naming the node, rather than spreading NaN through the gradient.
 */
public final class Evaluation {
    private final Matrix[] values;

    Evaluation(ComputationalGraph graph, Map<Node, Matrix> assignment) {
        List<Node> nodes = graph.nodes();
        values = new Matrix[nodes.size()];
        for (Node node : nodes) {
            List<Matrix> inputs = new ArrayList<>(node.inputs().size());
            for (Node input : node.inputs()) {
                inputs.add(values[input.index()]);
            }
            Matrix value = assignment.containsKey(node) ? assignment.get(node) : node.operation().forward(inputs);
            if (!value.isFinite()) {
                throw new NonFiniteValueException(node, node.operation().name() + " of " + inputs.stream()
                        .map(Matrix::toString).collect(Collectors.joining(" and ")) + " is not finite");
            }
            values[node.index()] = value;
        }
    }

    /** The value of {@code node}. */
    public Matrix value(Node node) {
        return values[node.index()];
    }
}
