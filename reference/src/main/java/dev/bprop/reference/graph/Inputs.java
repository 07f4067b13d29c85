package dev.bprop.reference.graph;

import java.util.List;

/**
 * The {@code inputs} argument of {@code op.bprop(inputs, X, G)} (clause GBP-BPROP): the input nodes of one
 * consumer, their terms in algebra {@code on} (values, or the nodes themselves), and the consumer's own term,
 * which many derivatives reuse (exp' = exp, σ' = σ(1 − σ)).
 */
public record Inputs<T>(List<Node> nodes, List<T> terms, T output, Algebra<T> on) {
    public Inputs {
        nodes = List.copyOf(nodes);
        terms = List.copyOf(terms);
    }

    /** The inputs of {@code consumer} in {@code graph}, as terms of algebra {@code on}. */
    public static <T> Inputs<T> of(ComputationalGraph graph, Node consumer, Algebra<T> on) {
        List<Node> nodes = graph.getInputs(consumer);
        return new Inputs<>(nodes, nodes.stream().map(on::term).toList(), on.term(consumer), on);
    }

    /** The term of input k. */
    public T get(int k) {
        return terms.get(k);
    }

    /** Input node k. */
    public Node node(int k) {
        return nodes.get(k);
    }
}
