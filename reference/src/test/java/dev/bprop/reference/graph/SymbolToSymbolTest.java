package dev.bprop.reference.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.reference.graph.algebra.Numbers;
import dev.bprop.reference.graph.algebra.Symbols;
import dev.bprop.reference.graph.mlp.MlpGraph;
import dev.bprop.reference.graph.op.Mul;
import dev.bprop.reference.graph.op.Sum;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Clause GBP-S2S: the gradient built as nodes of the graph can be differentiated again. */
class SymbolToSymbolTest {
    @Test
    void gbpS2s_theHessianOfSinX1PlusX1X2IsMinusSinX1OneOneZero() {
        GeneralBackpropagationTest.Adjoint f = new GeneralBackpropagationTest.Adjoint();
        List<Node> x = List.of(f.x1, f.x2);
        List<Node> gradient = GeneralBackpropagation.gradients(f.graph, f.w5, x, new Symbols(f.graph));
        List<Matrix> row1 = Gradients.symbols(f.graph, gradient.get(0), x);
        List<Matrix> row2 = Gradients.symbols(f.graph, gradient.get(1), x);
        assertEquals(-Math.sin(0.7), row1.get(0).scalarValue(), 1e-15);
        assertEquals(1.0, row1.get(1).scalarValue());
        assertEquals(1.0, row2.get(0).scalarValue());
        assertEquals(0.0, row2.get(1).scalarValue());
        Node secondInX1 = GeneralBackpropagation.gradients(f.graph, gradient.get(0), x, new Symbols(f.graph)).get(0);
        assertEquals(-Math.cos(0.7), Gradients.symbols(f.graph, secondInX1, List.of(f.x1)).get(0).scalarValue(), 1e-15);
    }

    @Test
    void gbpS2s_hessianVectorProductsOfASmallNetworkAgreeWithDifferencesOfTheGradient() {
        Problem problem = new Problem("hvp", List.of(
                new Layer(Activation.TANH, new double[][] {{0.5, -0.3}, {0.2, 0.8}, {-0.7, 0.1}},
                        new double[] {0.1, -0.2, 0.05}),
                new Layer(Activation.SIGMOID, new double[][] {{0.6, -0.4, 0.9}}, new double[] {-0.1})),
                Loss.BINARY_CROSS_ENTROPY, new double[][] {{1, 0.5}, {-0.5, 2}}, new double[][] {{1}, {0}});
        MlpGraph net = MlpGraph.of(problem);
        ComputationalGraph graph = net.graph();
        List<Node> theta = new ArrayList<>();
        for (int l = 0; l < 2; l++) {
            theta.add(net.weights().get(l));
            theta.add(net.biases().get(l));
        }
        Map<Node, Matrix> v = new HashMap<>();
        int k = 1;
        for (Node p : theta) {
            int seed = k++;
            v.put(p, net.graph().evaluate().value(p).map(w -> Math.sin(seed * 7 + w * 13)));
        }
        List<Node> gradient = GeneralBackpropagation.gradients(graph, net.loss(), theta, new Symbols(graph));
        Node gradientTimesV = null;
        for (int p = 0; p < theta.size(); p++) {
            Node term = graph.apply(new Sum(), graph.apply(new Mul(), gradient.get(p),
                    graph.constant("v" + p, v.get(theta.get(p)))));
            gradientTimesV = gradientTimesV == null ? term : new Symbols(graph).add(gradientTimesV, term);
        }
        List<Matrix> hv = Gradients.both(graph, gradientTimesV, theta);
        assertEquals(new Shape(2, 1), net.output().shape());
        double h = 1e-5;
        List<Matrix> plus = gradientAt(graph, net.loss(), theta, v, h);
        List<Matrix> minus = gradientAt(graph, net.loss(), theta, v, -h);
        for (int p = 0; p < theta.size(); p++) {
            double[] found = Gradients.flat(hv.get(p));
            double[] up = Gradients.flat(plus.get(p));
            double[] down = Gradients.flat(minus.get(p));
            for (int e = 0; e < found.length; e++) {
                assertEquals((up[e] - down[e]) / (2 * h), found[e], 1e-7);
            }
        }
    }

    /** ∇J at θ + step·v, by numbers. */
    private static List<Matrix> gradientAt(ComputationalGraph graph, Node loss, List<Node> theta, Map<Node, Matrix> v,
            double step) {
        Evaluation here = graph.evaluate();
        Map<Node, Matrix> moved = new HashMap<>();
        for (Node p : theta) {
            moved.put(p, here.value(p).zip(v.get(p), (w, d) -> w + step * d));
        }
        return GeneralBackpropagation.gradients(graph, loss, theta, new Numbers(graph.evaluate(moved)));
    }
}
