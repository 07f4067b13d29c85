package dev.bprop.reference.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A computational graph G (clause GBP-GRAPH): every node is a variable, either a leaf ({@code input} or
 * {@code const}) holding a value or the result of an operation on earlier nodes; a node may feed any number of
 * consumers. The graph only grows, so nodes are listed in an order where inputs come first; symbol-to-symbol
 * backpropagation (clause GBP-S2S) grows it with the nodes of the gradient.
 */
public final class ComputationalGraph {
    private final List<Node> nodes = new ArrayList<>();
    private final List<List<Node>> consumers = new ArrayList<>();

    /** A variable x the gradient can be taken with respect to (clause GBP-OP-INPUT). */
    public Node input(String name, Matrix value) {
        return add(name, new Input(value), List.of());
    }

    /** A constant (clause GBP-OP-CONST). */
    public Node constant(String name, Matrix value) {
        return add(name, new Constant(value), List.of());
    }

    /** A constant with a made-up name, as symbol-to-symbol backpropagation needs them (1, 0, 1ᵀ). */
    public Node constant(Matrix value) {
        return constant(freshName(), value);
    }

    /** The node {@code operation(inputs)}. */
    public Node apply(String name, Operation operation, List<Node> inputs) {
        return add(name, operation, inputs);
    }

    /** The node {@code operation(inputs)} with a made-up name. */
    public Node apply(Operation operation, List<Node> inputs) {
        return add(freshName(), operation, inputs);
    }

    /** The node {@code operation(inputs)} with a made-up name. */
    public Node apply(Operation operation, Node... inputs) {
        return apply(operation, List.of(inputs));
    }

    /** Every node, inputs before their consumers. */
    public List<Node> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /** The slides' {@code get_operation(node)}. */
    public Operation getOperation(Node node) {
        return own(node).operation();
    }

    /** The slides' {@code get_inputs(node, G)}: the nodes {@code node} is computed from, in order. */
    public List<Node> getInputs(Node node) {
        return own(node).inputs();
    }

    /** The slides' {@code get_consumers(node, G)}: the nodes computed from {@code node}, each once. */
    public List<Node> getConsumers(Node node) {
        return Collections.unmodifiableList(consumers.get(own(node).index()));
    }

    /** The slides' {@code get_consumers(node, G')}: the consumers of {@code node} that lie in the subgraph G'. */
    public List<Node> getConsumers(Node node, Set<Node> subgraph) {
        return getConsumers(node).stream().filter(subgraph::contains).toList();
    }

    /** The value of every node, with the inputs at the values they hold. */
    public Evaluation evaluate() {
        return evaluate(Map.of());
    }

    /** The value of every node, with the inputs in {@code assignment} at the values given there. */
    public Evaluation evaluate(Map<Node, Matrix> assignment) {
        return new Evaluation(this, assignment);
    }

    private Node add(String name, Operation operation, List<Node> inputs) {
        if (inputs.size() != operation.arity()) {
            throw new IllegalArgumentException(operation.name() + " takes " + operation.arity() + " inputs, found "
                    + inputs.size());
        }
        inputs.forEach(this::own);
        Shape shape = operation.shape(inputs.stream().map(Node::shape).toList());
        Node node = new Node(nodes.size(), name, operation, inputs, shape);
        nodes.add(node);
        consumers.add(new ArrayList<>());
        for (Node input : inputs) {
            List<Node> ofInput = consumers.get(input.index());
            if (ofInput.isEmpty() || ofInput.get(ofInput.size() - 1) != node) {
                ofInput.add(node);
            }
        }
        return node;
    }

    private Node own(Node node) {
        if (node.index() >= nodes.size() || nodes.get(node.index()) != node) {
            throw new IllegalArgumentException(node + " is not a node of this graph");
        }
        return node;
    }

    private String freshName() {
        return "n" + nodes.size();
    }
}
