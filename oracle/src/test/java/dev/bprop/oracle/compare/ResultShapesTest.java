package dev.bprop.oracle.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FMT-RESULT's shapes on a 2 → 3 → 1 network with a batch of two: outputs 2 rows of 1, ∂J/∂W¹ 3 × 2, ∂J/∂b¹ 3
 * entries, ∂J/∂W² 1 × 3, ∂J/∂b² 1 entry.
 */
class ResultShapesTest {
    private static final Problem NETWORK = new Problem("net", List.of(
            new Layer(Activation.TANH, new double[3][2], new double[3]),
            new Layer(Activation.IDENTITY, new double[1][3], new double[1])), Loss.MSE,
            new double[][] {{1, 2}, {3, 4}}, new double[][] {{0}, {1}});

    @Test
    void fmtResult_theRightShapesHaveNoErrors() {
        assertEquals(List.of(), ResultShapes.errors(NETWORK, result(new double[2][1], new double[3][2], 3)));
    }

    @Test
    void fmtResult_nullIsNamed() {
        assertEquals(List.of("the implementation returned null"), ResultShapes.errors(NETWORK, null));
    }

    @Test
    void fmtResult_outputsOfTheWrongRowCountOrRowLength() {
        assertEquals(List.of("outputs: expected 2 rows of 1, found 1 rows"),
                ResultShapes.errors(NETWORK, result(new double[1][1], new double[3][2], 3)));
        assertEquals(List.of("outputs: expected 2 rows of 1, found a row of 2"),
                ResultShapes.errors(NETWORK, result(new double[][] {{0}, {0, 0}}, new double[3][2], 3)));
    }

    @Test
    void fmtResult_aTransposedWeightGradientAndAShortBias() {
        assertEquals(List.of("gradients[0].weights: expected 3 rows of 2, found 2 rows",
                "gradients[0].bias: expected 3 entries, found 2"),
                ResultShapes.errors(NETWORK, result(new double[2][1], new double[2][3], 2)));
    }

    @Test
    void fmtResult_aMissingLayerIsNamedAndNothingBelowIt() {
        Result oneLayer = new Result(0, new double[3][1], List.of(new LayerGradient(new double[3][2],
                new double[3])));
        assertEquals(List.of("outputs: expected 2 rows of 1, found 3 rows", "gradients: expected 2 layers, found 1"),
                ResultShapes.errors(NETWORK, oneLayer));
    }

    private static Result result(double[][] outputs, double[][] firstWeights, int firstBias) {
        return new Result(0, outputs, List.of(new LayerGradient(firstWeights, new double[firstBias]),
                new LayerGradient(new double[1][3], new double[1])));
    }
}
