package dev.bprop.reference.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bprop.reference.graph.algebra.Numbers;
import dev.bprop.reference.graph.op.Add;
import dev.bprop.reference.graph.op.Mul;
import dev.bprop.reference.graph.op.Pow;
import dev.bprop.reference.graph.op.Sin;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Clauses GBP-SUBGRAPH, GBP-GRADTABLE, GBP-BUILDGRAD, EX-ADJOINT, EX-GRADIENT, COST-TIME. */
class GeneralBackpropagationTest {
    private static final double EXACT = 1e-15;

    /** The slides' adjoint example: w1 = x1, w2 = x2, w3 = w1·w2, w4 = sin w1, w5 = w3 + w4. */
    static final class Adjoint {
        final ComputationalGraph graph = new ComputationalGraph();
        final Node x1 = graph.input("x1", Matrix.scalar(0.7));
        final Node x2 = graph.input("x2", Matrix.scalar(-1.3));
        final Node w3 = graph.apply("w3", new Mul(), List.of(x1, x2));
        final Node w4 = graph.apply("w4", new Sin(), List.of(x1));
        final Node w5 = graph.apply("w5", new Add(), List.of(w3, w4));

        List<Matrix> gradients() {
            return GeneralBackpropagation.gradients(graph, w5, List.of(x1, x2), new Numbers(graph.evaluate()));
        }
    }

    @Test
    void exAdjoint_sinX1PlusX1X2HasGradientCosX1PlusX2AndX1() {
        List<Matrix> gradients = new Adjoint().gradients();
        assertEquals(Math.cos(0.7) - 1.3, gradients.get(0).scalarValue(), EXACT);
        assertEquals(0.7, gradients.get(1).scalarValue(), EXACT);
    }

    /**
     * EX-ADJOINT: build_grad(x1) visits x1's consumers w3 then w4, each of which needs w̄5 (already 1); build_grad(x2)
     * then finds w̄3 in the table. So the table fills w̄5, w̄3, w̄4, w̄1, w̄2.
     */
    @Test
    void exAdjoint_gradTableFillsInTheOrderOfTheRecursionStartingWithOne() {
        Adjoint f = new Adjoint();
        var table = GeneralBackpropagation.gradTable(f.graph, f.w5, List.of(f.x1, f.x2), new Numbers(f.graph.evaluate()));
        assertEquals(List.of(f.w5, f.w3, f.w4, f.x1, f.x2), List.copyOf(table.keySet()));
        assertEquals(1.0, table.get(f.w5).scalarValue());
        assertEquals(1.0, table.get(f.w4).scalarValue());
        assertEquals(1.0, table.get(f.w3).scalarValue());
        assertEquals(0.7, table.get(f.x2).scalarValue(), EXACT);
        assertEquals(Math.cos(0.7) - 1.3, table.get(f.x1).scalarValue(), EXACT);
    }

    @Test
    void exGradient_twoX1SquaredPlusX2CubedHasGradientFourX1AndThreeX2Squared() {
        ComputationalGraph graph = new ComputationalGraph();
        Node x1 = graph.input("x1", Matrix.scalar(1.5));
        Node x2 = graph.input("x2", Matrix.scalar(-2));
        Node two = graph.constant("2", Matrix.scalar(2));
        Node three = graph.constant("3", Matrix.scalar(3));
        Node f = graph.apply(new Add(), graph.apply(new Mul(), two, graph.apply(new Pow(), x1, two)),
                graph.apply(new Pow(), x2, three));
        List<Matrix> gradients = GeneralBackpropagation.gradients(graph, f, List.of(x1, x2), new Numbers(graph.evaluate()));
        assertEquals(6.0, gradients.get(0).scalarValue(), EXACT);
        assertEquals(12.0, gradients.get(1).scalarValue(), EXACT);
    }

    @Test
    void gbpBuildgrad_aNodeUsedTwiceByOneConsumerGetsBothContributions() {
        ComputationalGraph graph = new ComputationalGraph();
        Node x = graph.input("x", Matrix.scalar(-3));
        Node square = graph.apply(new Mul(), x, x);
        Node f = graph.apply(new Add(), square, x);
        assertEquals(List.of(square, f), graph.getConsumers(x));
        assertEquals(2 * -3.0 + 1, GeneralBackpropagation.gradients(graph, f, List.of(x),
                new Numbers(graph.evaluate())).get(0).scalarValue());
    }

    @Test
    void gbpSubgraph_holdsTheAncestorsOfZThatDescendFromTheTargets() {
        ComputationalGraph graph = new ComputationalGraph();
        Node x = graph.input("x", Matrix.scalar(1));
        Node y = graph.input("y", Matrix.scalar(2));
        Node c = graph.constant("c", Matrix.scalar(3));
        Node cy = graph.apply(new Mul(), c, y);
        Node sinX = graph.apply(new Sin(), x);
        Node z = graph.apply(new Mul(), sinX, c);
        Node beyond = graph.apply(new Add(), z, x);
        assertEquals(Set.of(x, sinX, z), GeneralBackpropagation.subgraph(graph, z, List.of(x)));
        assertEquals(Set.of(), GeneralBackpropagation.subgraph(graph, z, List.of(y)));
        assertEquals(Set.of(z), GeneralBackpropagation.subgraph(graph, z, List.of(z)));
        assertEquals(Set.of(x, sinX, z, beyond), GeneralBackpropagation.subgraph(graph, beyond, List.of(x, y)));
        assertEquals(Set.of(y, cy), GeneralBackpropagation.subgraph(graph, cy, List.of(x, y)));
    }

    @Test
    void gbpBuildgrad_aTargetTheOutputDoesNotDependOnGetsZeroOfItsShape() {
        ComputationalGraph graph = new ComputationalGraph();
        Node x = graph.input("x", Matrix.scalar(1));
        Node unused = graph.input("u", Matrix.of(new double[][] {{1, 2, 3}}));
        Node z = graph.apply(new Sin(), x);
        Matrix gradient = GeneralBackpropagation.gradients(graph, z, List.of(unused), new Numbers(graph.evaluate()))
                .get(0);
        assertEquals(Matrix.of(new double[][] {{0, 0, 0}}), gradient);
    }

    @Test
    void gbpGradtable_theGradientOfZWithRespectToItselfIsOne() {
        ComputationalGraph graph = new ComputationalGraph();
        Node x = graph.input("x", Matrix.scalar(4));
        assertEquals(Matrix.scalar(1), GeneralBackpropagation.gradients(graph, x, List.of(x),
                new Numbers(graph.evaluate())).get(0));
    }

    /** Counts the calls of {@code bprop}, to see that every edge of G' is crossed once. */
    static final class CountingAdd implements Operation {
        private final Add add = new Add();
        int calls;

        @Override
        public String name() {
            return add.name();
        }

        @Override
        public int arity() {
            return add.arity();
        }

        @Override
        public Shape shape(List<Shape> inputs) {
            return add.shape(inputs);
        }

        @Override
        public Matrix forward(List<Matrix> inputs) {
            return add.forward(inputs);
        }

        @Override
        public <T> T partial(Inputs<T> inputs, int k, T g) {
            return add.partial(inputs, k, g);
        }

        @Override
        public <T> T bprop(Inputs<T> inputs, Node x, T g) {
            calls++;
            return Operation.super.bprop(inputs, x, g);
        }
    }

    @Test
    void costTime_eachGradientIsComputedOnceEvenWhenPathsMultiply() {
        ComputationalGraph graph = new ComputationalGraph();
        CountingAdd add = new CountingAdd();
        Node x = graph.input("x", Matrix.scalar(1));
        Node w = x;
        int depth = 40;
        for (int i = 0; i < depth; i++) {
            Node left = graph.apply(new Sin(), w);
            w = graph.apply(add, left, graph.apply(new Sin(), w));
        }
        GeneralBackpropagation.gradients(graph, w, List.of(x), new Numbers(graph.evaluate()));
        assertEquals(2 * depth, add.calls);
    }

    @Test
    void costTime_aChainOfAHundredThousandNodesDoesNotExhaustTheStack() {
        ComputationalGraph graph = new ComputationalGraph();
        Node x = graph.input("x", Matrix.scalar(0.5));
        Node one = graph.constant("1", Matrix.scalar(1));
        Node w = x;
        for (int i = 0; i < 100_000; i++) {
            w = graph.apply(new Mul(), w, one);
        }
        assertEquals(1.0, GeneralBackpropagation.gradients(graph, w, List.of(x), new Numbers(graph.evaluate()))
                .get(0).scalarValue());
    }

    @Test
    void gbpGraph_consumersAndInputsAreAsBuilt() {
        Adjoint f = new Adjoint();
        assertEquals(List.of(f.w3, f.w4), f.graph.getConsumers(f.x1));
        assertEquals(List.of(f.w3), f.graph.getConsumers(f.x1, Set.of(f.w3)));
        assertEquals(List.of(f.x1, f.x2), f.graph.getInputs(f.w3));
        assertEquals(List.of(), f.graph.getInputs(f.x1));
        assertEquals("mul", f.graph.getOperation(f.w3).name());
        assertEquals(List.of(f.x1, f.x2, f.w3, f.w4, f.w5), f.graph.nodes());
        assertEquals(2, f.w3.index());
        assertEquals("w3", f.w3.toString());
    }

    @Test
    void gbpGraph_refusesNodesOfAnotherGraphAndTheWrongNumberOfInputs() {
        Adjoint f = new Adjoint();
        ComputationalGraph other = new ComputationalGraph();
        Node lone = other.input("x", Matrix.scalar(1));
        assertThrows(IllegalArgumentException.class, () -> f.graph.getOperation(lone));
        assertThrows(IllegalArgumentException.class, () -> other.apply(new Sin(), f.w5));
        assertThrows(IllegalArgumentException.class, () -> other.getInputs(f.w4));
        assertThrows(IllegalArgumentException.class, () -> new ComputationalGraph().getOperation(lone));
        assertEquals("sin takes 1 inputs, found 2",
                assertThrows(IllegalArgumentException.class, () -> other.apply(new Sin(), lone, lone)).getMessage());
    }

    @Test
    void gbpGraph_evaluationCanSetInputsToOtherValues() {
        Adjoint f = new Adjoint();
        Evaluation moved = f.graph.evaluate(java.util.Map.of(f.x2, Matrix.scalar(2)));
        assertEquals(Math.sin(0.7) + 1.4, moved.value(f.w5).scalarValue(), EXACT);
        Node made = f.graph.constant(Matrix.scalar(1));
        assertSame(Constant.class, f.graph.getOperation(made).getClass());
        assertEquals("n5", made.name());
    }
}
