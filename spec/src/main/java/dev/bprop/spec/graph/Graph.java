package dev.bprop.spec.graph;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An expression graph (clause FMT-GRAPH): nodes listed so that every input is defined before it is used,
 * and the name of the output node. A node may feed any number of later nodes.
 */
public record Graph(String id, List<GraphNode> nodes, String output) {
    public Graph {
        nodes = List.copyOf(nodes);
        Objects.requireNonNull(output, "output");
    }

    public Optional<String> optionalId() {
        return Optional.ofNullable(id);
    }

    /** The nodes whose operation is {@code input}, in file order: the variables of the gradient. */
    public List<GraphNode> inputNodes() {
        return nodes.stream().filter(n -> n.op() == GraphOp.INPUT).toList();
    }
}
