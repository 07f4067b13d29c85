package dev.bprop.reference.graph.algebra;

import dev.bprop.reference.graph.ComputationalGraph;
import dev.bprop.reference.graph.Matrix;
import dev.bprop.reference.graph.Node;
import dev.bprop.reference.graph.Operation;
import dev.bprop.reference.graph.Shape;
import java.util.List;

/**
 * Symbol-to-symbol (clause GBP-S2S): every term is a node, and every operation on terms adds a node to the graph,
 * so that the gradient is itself part of the graph and can be evaluated, or differentiated again.
 */
public final class Symbols extends ByOperations<Node> {
    private final ComputationalGraph graph;

    public Symbols(ComputationalGraph graph) {
        this.graph = graph;
    }

    @Override
    public Node term(Node node) {
        return node;
    }

    @Override
    public Node apply(Operation operation, List<Node> arguments) {
        return graph.apply(operation, arguments);
    }

    @Override
    public Node constant(Matrix value) {
        return graph.constant(value);
    }

    @Override
    public Shape shape(Node term) {
        return term.shape();
    }
}
