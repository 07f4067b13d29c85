package dev.bprop.spec.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Clauses NOT-INDEX and NOT-SHAPES: layers are numbered 1..L, W^l is n_l × n_(l−1), and the types are immutable. */
class ProblemTest {
    private static Layer hidden() {
        return new Layer(Activation.RELU, new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[] {7, 8});
    }

    private static Layer output() {
        return new Layer(Activation.SIGMOID, new double[][] {{9, 10}}, new double[] {11});
    }

    private static Problem problem() {
        return new Problem("p", List.of(hidden(), output()), Loss.BINARY_CROSS_ENTROPY,
                new double[][] {{1, 0, 1}, {0, 1, 0}}, new double[][] {{1}, {0}});
    }

    @Test
    void notShapes_weightRowJHoldsTheWeightsIntoUnitJ() {
        Layer layer = hidden();
        assertEquals(2, layer.outputs());
        assertEquals(3, layer.inputs());
        assertEquals(6.0, layer.weight(1, 2));
        assertEquals(8.0, layer.bias(1));
        assertEquals(Activation.RELU, layer.activation());
        assertEquals("Layer[relu, 2×3]", layer.toString());
    }

    @Test
    void notShapes_aLayerWithoutUnitsHasNoInputs() {
        assertEquals(0, new Layer(Activation.IDENTITY, new double[0][], new double[0]).inputs());
    }

    @Test
    void notIndex_layerLIsListEntryLMinusOne() {
        Problem problem = problem();
        assertEquals(2, problem.depth());
        assertEquals(hidden(), problem.layer(1));
        assertEquals(output(), problem.layer(2));
        assertEquals(List.of(hidden(), output()), problem.layers());
        assertEquals(3, problem.width(0));
        assertEquals(2, problem.width(1));
        assertEquals(1, problem.width(2));
        assertEquals(2 * 3 + 2 + 1 * 2 + 1, problem.parameterCount());
        assertEquals("layer 0 is not in 1..2",
                assertThrows(IndexOutOfBoundsException.class, () -> problem.layer(0)).getMessage());
        assertEquals("layer 3 is not in 1..2",
                assertThrows(IndexOutOfBoundsException.class, () -> problem.layer(3)).getMessage());
    }

    @Test
    void notShapes_theBatchHasOneRowPerExample() {
        Problem problem = problem();
        assertEquals(2, problem.batchSize());
        assertEquals(1.0, problem.input(0, 2));
        assertEquals(0.0, problem.target(1, 0));
        assertArrayEquals(new double[][] {{1, 0, 1}, {0, 1, 0}}, problem.inputs());
        assertArrayEquals(new double[][] {{1}, {0}}, problem.targets());
        assertEquals(Optional.of("p"), problem.id());
        assertEquals(Loss.BINARY_CROSS_ENTROPY, problem.loss());
        assertEquals("Problem[p, 2 layers, binary_cross_entropy, batch 2]", problem.toString());
    }

    @Test
    void immutability_arraysAreCopiedInAndOut() {
        double[][] weights = {{1, 2}};
        double[] bias = {3};
        Layer layer = new Layer(Activation.IDENTITY, weights, bias);
        weights[0][0] = 99;
        bias[0] = 99;
        layer.weights()[0][1] = 99;
        layer.bias()[0] = 99;
        assertArrayEquals(new double[][] {{1, 2}}, layer.weights());
        assertArrayEquals(new double[] {3}, layer.bias());

        double[][] inputs = {{1, 0, 1}};
        Problem problem = new Problem(null, List.of(hidden(), output()), Loss.MSE, inputs, new double[][] {{0.5}});
        inputs[0][0] = 99;
        problem.inputs()[0][1] = 99;
        problem.targets()[0][0] = 99;
        assertArrayEquals(new double[][] {{1, 0, 1}}, problem.inputs());
        assertArrayEquals(new double[][] {{0.5}}, problem.targets());
        assertEquals("Problem[2 layers, mse, batch 1]", problem.toString());
        assertEquals(Optional.empty(), problem.id());
    }

    @Test
    void equality_isByValue() {
        assertEquals(problem(), problem());
        assertEquals(problem().hashCode(), problem().hashCode());
        assertEquals(hidden().hashCode(), hidden().hashCode());
        assertNotEquals(hidden(), output());
        assertNotEquals(hidden(), new Layer(Activation.TANH, hidden().weights(), hidden().bias()));
        assertNotEquals(hidden(), new Layer(Activation.RELU, hidden().weights(), new double[] {7, 9}));
        assertNotEquals(hidden(), new Layer(Activation.RELU, new double[][] {{1, 2, 3}, {4, 5, 0}}, hidden().bias()));
        assertNotEquals(problem(), new Problem("q", problem().layers(), Loss.BINARY_CROSS_ENTROPY,
                problem().inputs(), problem().targets()));
        assertNotEquals(problem(), new Problem("p", problem().layers(), Loss.MSE, problem().inputs(),
                problem().targets()));
        assertNotEquals(problem(), new Problem("p", List.of(output()), Loss.BINARY_CROSS_ENTROPY,
                problem().inputs(), problem().targets()));
        assertNotEquals(problem(), new Problem("p", problem().layers(), Loss.BINARY_CROSS_ENTROPY,
                new double[][] {{1, 1, 1}, {0, 1, 0}}, problem().targets()));
        assertNotEquals(problem(), new Problem("p", problem().layers(), Loss.BINARY_CROSS_ENTROPY,
                problem().inputs(), new double[][] {{0}, {0}}));
        assertNotEquals(problem(), (Object) "p");
        assertNotEquals(hidden(), (Object) "p");
        assertNotEquals(problem().hashCode(), new Problem("p", problem().layers(), Loss.MSE, problem().inputs(),
                problem().targets()).hashCode());
        assertNotEquals(hidden().hashCode(), output().hashCode());
    }

    @Test
    void fmtResult_gradientsAreNumberedByLayer() {
        LayerGradient first = new LayerGradient(new double[][] {{1, 2}}, new double[] {3});
        LayerGradient second = new LayerGradient(new double[][] {{4}}, new double[] {5});
        double[][] outputs = {{6}};
        Result result = new Result(0.5, outputs, List.of(first, second));
        outputs[0][0] = 99;
        result.outputs()[0][0] = 99;
        assertEquals(6.0, result.output(0, 0));
        assertEquals(0.5, result.loss());
        assertEquals(first, result.gradient(1));
        assertEquals(second, result.gradient(2));
        assertEquals(2.0, first.weight(0, 1));
        assertEquals(3.0, first.bias(0));
        assertEquals(List.of(first, second), result.gradients());
        assertEquals(new Result(0.5, new double[][] {{6}}, List.of(first, second)), result);
        assertEquals(new Result(0.5, new double[][] {{6}}, List.of(first, second)).hashCode(), result.hashCode());
        assertNotEquals(new Result(0.25, new double[][] {{6}}, List.of(first, second)), result);
        assertNotEquals(new Result(0.5, new double[][] {{7}}, List.of(first, second)), result);
        assertNotEquals(new Result(0.5, new double[][] {{6}}, List.of(second, first)), result);
        assertNotEquals(first, new LayerGradient(new double[][] {{1, 2}}, new double[] {4}));
        assertNotEquals(first, new LayerGradient(new double[][] {{1, 3}}, new double[] {3}));
        assertEquals(first.hashCode(), new LayerGradient(new double[][] {{1, 2}}, new double[] {3}).hashCode());
        assertNotEquals(first.hashCode(), second.hashCode());
        assertNotEquals(new Result(0.25, new double[][] {{6}}, List.of(first, second)).hashCode(), result.hashCode());
        assertNotEquals(first, (Object) "first");
        assertNotEquals(result, (Object) "result");
        assertEquals("LayerGradient[weights=[[1.0, 2.0]], bias=[3.0]]", first.toString());
        assertEquals("Result[loss=0.5, outputs=[[6.0]], gradients=[" + first + ", " + second + "]]",
                result.toString());
    }

    @Test
    void actAndLoss_fileNamesRoundTripAndLossesNameTheirOutputActivation() {
        for (Activation activation : Activation.values()) {
            assertEquals(Optional.of(activation), Activation.fromFileName(activation.fileName()));
        }
        for (Loss loss : Loss.values()) {
            assertEquals(Optional.of(loss), Loss.fromFileName(loss.fileName()));
        }
        assertEquals(Optional.empty(), Activation.fromFileName("RELU"));
        assertEquals(Optional.empty(), Loss.fromFileName("MSE"));
        assertEquals(Optional.empty(), Loss.MSE.requiredOutputActivation());
        assertEquals(Optional.of(Activation.SOFTMAX), Loss.CROSS_ENTROPY.requiredOutputActivation());
        assertEquals(Optional.of(Activation.SIGMOID), Loss.BINARY_CROSS_ENTROPY.requiredOutputActivation());
    }
}
