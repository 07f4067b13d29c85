package dev.bprop.reference.graph;

import dev.bprop.reference.graph.op.Add;
import dev.bprop.reference.graph.op.Cos;
import dev.bprop.reference.graph.op.Mul;
import dev.bprop.reference.graph.op.Neg;
import dev.bprop.reference.graph.op.Sigmoid;
import dev.bprop.reference.graph.op.Sin;
import dev.bprop.reference.graph.op.Sub;
import dev.bprop.reference.graph.op.Tanh;
import java.util.ArrayList;
import java.util.List;

/**
 * A random scalar graph over three inputs, decoded from a list of numbers: each number picks an operation and
 * its inputs among all earlier nodes, so that nodes often feed several consumers (and one consumer twice).
 * A bound on each node's magnitude, known before evaluation, replaces a product that could overflow by a tanh.
 */
final class RandomGraph {
    private static final List<Operation> OPERATIONS = List.of(new Add(), new Sub(), new Mul(), new Neg(), new Sin(),
            new Cos(), new Tanh(), new Sigmoid());
    private static final double LARGEST = 50;

    final ComputationalGraph graph = new ComputationalGraph();
    final List<Node> inputs = new ArrayList<>();
    final Node output;

    RandomGraph(List<Integer> code, double x0, double x1, double x2) {
        List<Node> nodes = new ArrayList<>();
        List<Double> bounds = new ArrayList<>();
        for (double x : new double[] {x0, x1, x2}) {
            Node input = graph.input("x" + inputs.size(), Matrix.scalar(x));
            inputs.add(input);
            nodes.add(input);
            bounds.add(1.0);
        }
        for (int number : code) {
            Operation op = OPERATIONS.get(number % OPERATIONS.size());
            int a = (number / OPERATIONS.size()) % nodes.size();
            int b = (number / OPERATIONS.size() / nodes.size()) % nodes.size();
            double bound = op instanceof Mul ? bounds.get(a) * bounds.get(b)
                    : op instanceof Add || op instanceof Sub ? bounds.get(a) + bounds.get(b)
                    : op instanceof Neg ? bounds.get(a) : 1;
            if (bound > LARGEST) {
                op = new Tanh();
                bound = 1;
            }
            nodes.add(op.arity() == 1 ? graph.apply(op, nodes.get(a)) : graph.apply(op, nodes.get(a), nodes.get(b)));
            bounds.add(bound);
        }
        output = nodes.get(nodes.size() - 1);
    }
}
