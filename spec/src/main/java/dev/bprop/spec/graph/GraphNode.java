package dev.bprop.spec.graph;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One node of an expression graph: a leaf ({@code input} or {@code const}) with a value, or an operation
 * applied to the named nodes in {@code inputs}, in order.
 */
public record GraphNode(String name, GraphOp op, List<String> inputs, OptionalDouble value) {
    public GraphNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(op, "op");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(value, "value");
    }

    /** A leaf node ({@code input} or {@code const}) holding {@code value}. */
    public static GraphNode leaf(String name, GraphOp op, double value) {
        return new GraphNode(name, op, List.of(), OptionalDouble.of(value));
    }

    /** An operation node applied to the named inputs. */
    public static GraphNode operation(String name, GraphOp op, String... inputs) {
        return new GraphNode(name, op, List.of(inputs), OptionalDouble.empty());
    }
}
