package dev.bprop.reference.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.bprop.reference.graph.algebra.Numbers;
import dev.bprop.reference.graph.algebra.Symbols;
import java.util.List;

/** Gradients computed both ways of clause GBP-S2S, which must agree. */
final class Gradients {
    private Gradients() {
    }

    static List<Matrix> numbers(ComputationalGraph graph, Node z, List<Node> targets) {
        return GeneralBackpropagation.gradients(graph, z, targets, new Numbers(graph.evaluate()));
    }

    /** Symbol-to-symbol: the gradient as nodes of the graph, then one evaluation. */
    static List<Matrix> symbols(ComputationalGraph graph, Node z, List<Node> targets) {
        List<Node> nodes = GeneralBackpropagation.gradients(graph, z, targets, new Symbols(graph));
        Evaluation evaluation = graph.evaluate();
        return nodes.stream().map(evaluation::value).toList();
    }

    /** The numeric gradients, after checking that the symbolic ones agree with them. */
    static List<Matrix> both(ComputationalGraph graph, Node z, List<Node> targets) {
        List<Matrix> numbers = numbers(graph, z, targets);
        List<Matrix> symbols = symbols(graph, z, targets);
        for (int k = 0; k < targets.size(); k++) {
            assertArrayEquals(flat(numbers.get(k)), flat(symbols.get(k)), 1e-12);
        }
        return numbers;
    }

    static double[] flat(Matrix matrix) {
        return java.util.Arrays.stream(matrix.toArray()).flatMapToDouble(java.util.Arrays::stream).toArray();
    }
}
