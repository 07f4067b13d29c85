package dev.bprop.reference.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bprop.reference.graph.algebra.Numbers;
import dev.bprop.reference.graph.algebra.Symbols;
import dev.bprop.reference.graph.op.Add;
import dev.bprop.reference.graph.op.AddBias;
import dev.bprop.reference.graph.op.Cos;
import dev.bprop.reference.graph.op.Div;
import dev.bprop.reference.graph.op.Exp;
import dev.bprop.reference.graph.op.HardTanh;
import dev.bprop.reference.graph.op.HardTanhSlope;
import dev.bprop.reference.graph.op.LeakyRelu;
import dev.bprop.reference.graph.op.LeakyReluSlope;
import dev.bprop.reference.graph.op.Log;
import dev.bprop.reference.graph.op.MatMul;
import dev.bprop.reference.graph.op.Mul;
import dev.bprop.reference.graph.op.Neg;
import dev.bprop.reference.graph.op.Pow;
import dev.bprop.reference.graph.op.Relu;
import dev.bprop.reference.graph.op.ReluSlope;
import dev.bprop.reference.graph.op.Sigmoid;
import dev.bprop.reference.graph.op.Sin;
import dev.bprop.reference.graph.op.Softmax;
import dev.bprop.reference.graph.op.Sub;
import dev.bprop.reference.graph.op.Sum;
import dev.bprop.reference.graph.op.Tanh;
import dev.bprop.reference.graph.op.Transpose;
import dev.bprop.reference.graph.op.XLogY;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Clause GBP-OPS: every operation's value and derivative against its closed form, by numbers and by symbols. */
class OperationsTest {
    private static final double CLOSE = 1e-14;

    static Stream<Arguments> unary() {
        double s = 1 / (1 + Math.exp(-0.4));
        return Stream.of(
                Arguments.of("GBP-OP-NEG", new Neg(), 0.3, -0.3, -1.0),
                Arguments.of("GBP-OP-SIN", new Sin(), 0.4, Math.sin(0.4), Math.cos(0.4)),
                Arguments.of("GBP-OP-COS", new Cos(), 0.4, Math.cos(0.4), -Math.sin(0.4)),
                Arguments.of("GBP-OP-EXP", new Exp(), 0.4, Math.exp(0.4), Math.exp(0.4)),
                Arguments.of("GBP-OP-LOG", new Log(), 2.5, Math.log(2.5), 0.4),
                Arguments.of("GBP-OP-TANH", new Tanh(), 0.4, Math.tanh(0.4), 1 - Math.tanh(0.4) * Math.tanh(0.4)),
                Arguments.of("GBP-OP-SIGMOID", new Sigmoid(), 0.4, s, s * (1 - s)),
                Arguments.of("GBP-OP-SIGMOID below 0", new Sigmoid(), -0.4, 1 - s, s * (1 - s)),
                Arguments.of("GBP-OP-SIGMOID at 0", new Sigmoid(), 0.0, 0.5, 0.25),
                Arguments.of("GBP-OP-SIGMOID saturated", new Sigmoid(), -1000.0, 0.0, 0.0),
                Arguments.of("GBP-OP-RELU above 0", new Relu(), 1.5, 1.5, 1.0),
                Arguments.of("GBP-OP-RELU below 0", new Relu(), -1.5, 0.0, 0.0),
                Arguments.of("GBP-OP-RELU ACT-KINK relu'(0) = 0", new Relu(), 0.0, 0.0, 0.0),
                Arguments.of("ACT-HARDTANH inside", new HardTanh(), 0.5, 0.5, 1.0),
                Arguments.of("ACT-HARDTANH above", new HardTanh(), 2.0, 1.0, 0.0),
                Arguments.of("ACT-HARDTANH below", new HardTanh(), -2.0, -1.0, 0.0),
                Arguments.of("ACT-KINK hardtanh'(1) = 0", new HardTanh(), 1.0, 1.0, 0.0),
                Arguments.of("ACT-KINK hardtanh'(-1) = 0", new HardTanh(), -1.0, -1.0, 0.0),
                Arguments.of("ACT-LEAKY-RELU above 0", new LeakyRelu(), 2.0, 2.0, 1.0),
                Arguments.of("ACT-LEAKY-RELU below 0", new LeakyRelu(), -2.0, -0.2, 0.1),
                Arguments.of("ACT-KINK leaky_relu'(0) = 0.1", new LeakyRelu(), 0.0, 0.0, 0.1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unary")
    void gbpOps_unaryValueAndDerivative(String clause, Operation op, double a, double value, double derivative) {
        ComputationalGraph graph = new ComputationalGraph();
        Node x = graph.input("x", Matrix.scalar(a));
        Node f = graph.apply(op, x);
        assertEquals(value, graph.evaluate().value(f).scalarValue(), CLOSE);
        assertEquals(derivative, Gradients.both(graph, f, List.of(x)).get(0).scalarValue(), CLOSE);
    }

    static Stream<Arguments> binary() {
        return Stream.of(
                Arguments.of("GBP-OP-ADD", new Add(), 1.5, -2.0, -0.5, 1.0, 1.0),
                Arguments.of("GBP-OP-SUB", new Sub(), 1.5, -2.0, 3.5, 1.0, -1.0),
                Arguments.of("GBP-OP-MUL", new Mul(), 1.5, -2.0, -3.0, -2.0, 1.5),
                Arguments.of("GBP-OP-DIV", new Div(), 1.5, -2.0, -0.75, -0.5, -0.375),
                Arguments.of("GBP-OP-POW", new Pow(), 1.5, 3.0, 3.375, 6.75, 3.375 * Math.log(1.5)),
                Arguments.of("GBP-OP-POW fraction", new Pow(), 4.0, 0.5, 2.0, 0.25, 2 * Math.log(4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binary")
    void gbpOps_binaryValueAndPartials(String clause, Operation op, double a, double b, double value, double da,
            double db) {
        ComputationalGraph graph = new ComputationalGraph();
        Node x = graph.input("a", Matrix.scalar(a));
        Node y = graph.input("b", Matrix.scalar(b));
        Node f = graph.apply(op, x, y);
        assertEquals(value, graph.evaluate().value(f).scalarValue(), CLOSE);
        List<Matrix> gradients = Gradients.both(graph, f, List.of(x, y));
        assertEquals(da, gradients.get(0).scalarValue(), CLOSE);
        assertEquals(db, gradients.get(1).scalarValue(), CLOSE);
    }

    @Test
    void gbpOpPow_theDerivativeInTheBaseIsRightAtZero() {
        ComputationalGraph graph = new ComputationalGraph();
        Node x = graph.input("x", Matrix.scalar(0));
        Node f = graph.apply(new Pow(), x, graph.constant("2", Matrix.scalar(2)));
        assertEquals(0.0, Gradients.both(graph, f, List.of(x)).get(0).scalarValue());
    }

    @Test
    void gbpOpPow_theDerivativeInTheExponentIsTakenAsZeroAtBaseZero() {
        ComputationalGraph graph = new ComputationalGraph();
        Node s = graph.input("s", Matrix.scalar(0));
        Node t = graph.input("t", Matrix.scalar(2));
        List<Matrix> gradients = Gradients.both(graph, graph.apply(new Pow(), s, t), List.of(s, t));
        assertEquals(0.0, gradients.get(0).scalarValue());
        assertEquals(0.0, gradients.get(1).scalarValue());
    }

    @Test
    void gbpOpPow_xLogYIsXTimesLnYAndZeroForXZero() {
        ComputationalGraph graph = new ComputationalGraph();
        Node x = graph.input("x", Matrix.scalar(3));
        Node y = graph.input("y", Matrix.scalar(2));
        Node f = graph.apply(new XLogY(), x, y);
        assertEquals(3 * Math.log(2), graph.evaluate().value(f).scalarValue(), CLOSE);
        List<Matrix> gradients = Gradients.both(graph, f, List.of(x, y));
        assertEquals(Math.log(2), gradients.get(0).scalarValue(), CLOSE);
        assertEquals(1.5, gradients.get(1).scalarValue(), CLOSE);
        assertEquals("xlogy", new XLogY().name());
    }

    @Test
    void actKink_secondDerivativesThroughPiecewiseLinearActivationsAreZero() {
        for (Operation op : List.of(new Relu(), new HardTanh(), new LeakyRelu())) {
            ComputationalGraph graph = new ComputationalGraph();
            Node x = graph.input("x", Matrix.scalar(0.5));
            Node first = GeneralBackpropagation.gradients(graph, graph.apply(op, x), List.of(x), new Symbols(graph))
                    .get(0);
            assertEquals(1.0, graph.evaluate().value(first).scalarValue());
            assertEquals(0.0, Gradients.symbols(graph, first, List.of(x)).get(0).scalarValue(), op.name());
        }
        assertEquals(List.of("relu'", "hardtanh'", "leaky_relu'"),
                List.of(new ReluSlope().name(), new HardTanhSlope().name(), new LeakyReluSlope().name()));
    }

    @Test
    void gbpOpMul_isElementWise() {
        ComputationalGraph graph = new ComputationalGraph();
        Node a = graph.input("a", Matrix.of(new double[][] {{1, 2}, {3, 4}}));
        Node b = graph.input("b", Matrix.of(new double[][] {{5, 6}, {7, 8}}));
        Node f = graph.apply(new Sum(), graph.apply(new Mul(), a, b));
        assertEquals(1 * 5 + 2 * 6 + 3 * 7 + 4 * 8, graph.evaluate().value(f).scalarValue());
        List<Matrix> gradients = Gradients.both(graph, f, List.of(a, b));
        assertEquals(Matrix.of(new double[][] {{5, 6}, {7, 8}}), gradients.get(0));
        assertEquals(Matrix.of(new double[][] {{1, 2}, {3, 4}}), gradients.get(1));
    }

    /** A = [[1, 2], [3, 4]], B = [[0, 1], [−1, 2]], and f = sum(C ⊙ op(…)) with C = [[1, 0], [2, −1]]. */
    static final class Weighted {
        final ComputationalGraph graph = new ComputationalGraph();
        final Node a = graph.input("A", Matrix.of(new double[][] {{1, 2}, {3, 4}}));
        final Node b = graph.input("B", Matrix.of(new double[][] {{0, 1}, {-1, 2}}));
        final Node c = graph.constant("C", Matrix.of(new double[][] {{1, 0}, {2, -1}}));

        Node weighted(Node result) {
            return graph.apply(new Sum(), graph.apply(new Mul(), c, result));
        }
    }

    @Test
    void gbpOps_matmulHasGradientsGBTransposedAndATransposedG() {
        Weighted w = new Weighted();
        Node product = w.graph.apply(new MatMul(), w.a, w.b);
        assertEquals(Matrix.of(new double[][] {{-2, 5}, {-4, 11}}), w.graph.evaluate().value(product));
        List<Matrix> gradients = Gradients.both(w.graph, w.weighted(product), List.of(w.a, w.b));
        assertEquals(Matrix.of(new double[][] {{0, -1}, {-1, -4}}), gradients.get(0));
        assertEquals(Matrix.of(new double[][] {{7, -3}, {10, -4}}), gradients.get(1));
    }

    @Test
    void gbpOps_matmulOfNonSquareMatrices() {
        ComputationalGraph graph = new ComputationalGraph();
        Node a = graph.input("a", Matrix.of(new double[][] {{1, 2, 3}}));
        Node b = graph.input("b", Matrix.of(new double[][] {{1}, {0}, {-1}}));
        Node f = graph.apply(new MatMul(), a, b);
        assertEquals(Matrix.scalar(-2), graph.evaluate().value(f));
        List<Matrix> gradients = Gradients.both(graph, f, List.of(a, b));
        assertEquals(Matrix.of(new double[][] {{1, 0, -1}}), gradients.get(0));
        assertEquals(Matrix.of(new double[][] {{1}, {2}, {3}}), gradients.get(1));
    }

    @Test
    void gbpOps_transposeHasGradientGTransposed() {
        Weighted w = new Weighted();
        Node transposed = w.graph.apply(new Transpose(), w.a);
        assertEquals(Matrix.of(new double[][] {{1, 3}, {2, 4}}), w.graph.evaluate().value(transposed));
        assertEquals(Matrix.of(new double[][] {{1, 2}, {0, -1}}),
                Gradients.both(w.graph, w.weighted(transposed), List.of(w.a)).get(0));
        assertEquals(new Shape(3, 1), w.graph.apply(new Transpose(), w.graph.constant("r", Matrix.row(1, 2, 3)))
                .shape());
    }

    @Test
    void gbpOps_addBiasAddsTheRowToEveryRowAndItsGradientSumsTheColumns() {
        Weighted w = new Weighted();
        Node bias = w.graph.input("bias", Matrix.row(10, 20));
        Node shifted = w.graph.apply(new AddBias(), w.a, bias);
        assertEquals(Matrix.of(new double[][] {{11, 22}, {13, 24}}), w.graph.evaluate().value(shifted));
        List<Matrix> gradients = Gradients.both(w.graph, w.weighted(shifted), List.of(w.a, bias));
        assertEquals(Matrix.of(new double[][] {{1, 0}, {2, -1}}), gradients.get(0));
        assertEquals(Matrix.row(3, -1), gradients.get(1));
    }

    @Test
    void gbpOps_sumHasGradientGInEveryEntry() {
        ComputationalGraph graph = new ComputationalGraph();
        Node a = graph.input("a", Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}}));
        Node f = graph.apply(new Mul(), graph.apply(new Sum(), a), graph.constant("3", Matrix.scalar(3)));
        assertEquals(63.0, graph.evaluate().value(f).scalarValue());
        assertEquals(Matrix.filled(new Shape(2, 3), 3), Gradients.both(graph, f, List.of(a)).get(0));
    }

    @Test
    void actSoftmax_rowWiseValueAndGradientEvenForLogitsOfAThousand() {
        ComputationalGraph graph = new ComputationalGraph();
        Node z = graph.input("z", Matrix.of(new double[][] {{0, Math.log(2), Math.log(3)}, {1000, 1000, 1000}}));
        Node s = graph.apply(new Softmax(), z);
        Node c = graph.constant("c", Matrix.of(new double[][] {{1, 0, 0}, {0, 1, 0}}));
        Node f = graph.apply(new Sum(), graph.apply(new Mul(), c, s));
        double[] expectedS = {1.0 / 6, 1.0 / 3, 1.0 / 2, 1.0 / 3, 1.0 / 3, 1.0 / 3};
        assertArrayEquals(expectedS, Gradients.flat(graph.evaluate().value(s)), CLOSE);
        double[] expectedGradient = {5.0 / 36, -1.0 / 18, -1.0 / 12, -1.0 / 9, 2.0 / 9, -1.0 / 9};
        assertArrayEquals(expectedGradient, Gradients.flat(Gradients.both(graph, f, List.of(z)).get(0)), CLOSE);
    }

    @Test
    void gbpOps_operationsNameThemselvesAsGraphFilesDo() {
        List<Operation> ops = List.of(new Add(), new Sub(), new Mul(), new Div(), new Pow(), new Neg(), new Sin(),
                new Cos(), new Exp(), new Log(), new Tanh(), new Sigmoid(), new Relu(), new HardTanh(), new LeakyRelu(),
                new MatMul(), new Transpose(), new AddBias(), new Sum(), new Softmax(),
                new Input(Matrix.scalar(1)), new Constant(Matrix.scalar(1)));
        assertEquals(List.of("add", "sub", "mul", "div", "pow", "neg", "sin", "cos", "exp", "log", "tanh", "sigmoid",
                "relu", "hardtanh", "leaky_relu", "matmul", "transpose", "add_bias", "sum", "softmax", "input", "const"),
                ops.stream().map(Operation::name).toList());
        assertEquals(List.of(2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 1, 0, 0),
                ops.stream().map(Operation::arity).toList());
    }

    @Test
    void gbpOps_shapesThatDoNotFitAreRefusedWithTheirShapes() {
        ComputationalGraph graph = new ComputationalGraph();
        Node row = graph.input("r", Matrix.row(1, 2, 3));
        Node square = graph.input("s", Matrix.of(new double[][] {{1, 2}, {3, 4}}));
        assertEquals("add takes two matrices of one shape, found 1×3 and 2×2",
                assertThrows(IllegalArgumentException.class, () -> graph.apply(new Add(), row, square)).getMessage());
        assertEquals("matmul of 1×3 and 2×2: the columns of the first must match the rows of the second",
                assertThrows(IllegalArgumentException.class, () -> graph.apply(new MatMul(), row, square))
                        .getMessage());
        assertEquals("add_bias of 2×2 and 1×3: the bias must be 1×2",
                assertThrows(IllegalArgumentException.class, () -> graph.apply(new AddBias(), square, row))
                        .getMessage());
        Node column = graph.apply(new Transpose(), graph.input("t", Matrix.row(1, 2)));
        assertThrows(IllegalArgumentException.class, () -> graph.apply(new AddBias(), square, column));
        assertThrows(IllegalArgumentException.class, () -> graph.apply(new AddBias(), square, square));
        assertThrows(IllegalArgumentException.class, () -> graph.apply(new Add(), row, graph.input("q",
                Matrix.row(1, 2))));
        assertEquals(new Shape(1, 2), graph.apply(new MatMul(), graph.input("u", Matrix.row(1, 1)), square).shape());
    }

    @Test
    void gbpOps_aLeafHasNothingToDifferentiate() {
        ComputationalGraph graph = new ComputationalGraph();
        Node x = graph.input("x", Matrix.scalar(1));
        Numbers on = new Numbers(graph.evaluate());
        Inputs<Matrix> none = new Inputs<>(List.of(), List.of(), Matrix.scalar(1), on);
        assertThrows(IllegalStateException.class, () -> graph.getOperation(x).partial(none, 0, Matrix.scalar(1)));
    }
}
