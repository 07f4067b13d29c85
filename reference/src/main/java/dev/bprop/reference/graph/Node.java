package dev.bprop.reference.graph;

import java.util.List;

/**
 * A node of a computational graph (clause GBP-GRAPH): a variable holding a value of {@link #shape()}, computed by
 * its operation from its inputs. Identity matters: two nodes with equal values are still different variables.
 * Nodes are made by {@link ComputationalGraph}, which numbers them in the order they are added, so that every
 * input has a smaller index than its consumers.
 */
public final class Node {
    private final int index;
    private final String name;
    private final Operation operation;
    private final List<Node> inputs;
    private final Shape shape;

    Node(int index, String name, Operation operation, List<Node> inputs, Shape shape) {
        this.index = index;
        this.name = name;
        this.operation = operation;
        this.inputs = List.copyOf(inputs);
        this.shape = shape;
    }

    /** The position of this node in its graph: inputs come before their consumers. */
    public int index() {
        return index;
    }

    public String name() {
        return name;
    }

    public Shape shape() {
        return shape;
    }

    Operation operation() {
        return operation;
    }

    List<Node> inputs() {
        return inputs;
    }

    @Override
    public String toString() {
        return name;
    }
}
