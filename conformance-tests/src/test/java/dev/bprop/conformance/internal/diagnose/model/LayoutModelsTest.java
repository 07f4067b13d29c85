package dev.bprop.conformance.internal.diagnose.model;

import static dev.bprop.conformance.internal.diagnose.model.Problems.layer;
import static dev.bprop.conformance.internal.diagnose.model.Problems.predict;
import static dev.bprop.conformance.internal.diagnose.model.Problems.problem;
import static dev.bprop.conformance.internal.diagnose.model.Problems.unit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index and layer models, each on a problem small enough to fill the wrong matrix by hand. */
class LayoutModelsTest {
    /** 1 → 2 → 3 identity units, x = 0, b¹ = 0: a¹ = 0, a² = b² = (1, 2, 3), y = 0, so δ² = (1, 2, 3). */
    private static final Problem ONE_TWO_THREE = problem(List.of(
            layer(Activation.IDENTITY, new double[][] {{1}, {1}}, 0, 0),
            layer(Activation.IDENTITY, new double[][] {{1, 2}, {3, 4}, {5, 6}}, 1, 2, 3)), Loss.MSE,
            new double[][] {{0}}, new double[][] {{0, 0, 0}});

    /** One 2 × 3 identity layer, W = 0, b = (1, 2), x = (1, 10, 100), y = 0: δ = (1, 2), BP4's δxᵀ below. */
    private static final Problem TWO_BY_THREE = problem(List.of(layer(Activation.IDENTITY,
            new double[2][3], 1, 2)), Loss.MSE, new double[][] {{1, 10, 100}}, new double[][] {{0, 0}});

    /**
     * BP2 wants δ¹ = (W²)ᵀδ² = (1 + 6 + 15, 2 + 8 + 18) = (22, 28); the model reads W² row-major, 1 2 3 4 5 6, as
     * 2 × 3: (1·1 + 2·2 + 3·3, 4·1 + 5·2 + 6·3) = (14, 32).
     */
    @Test
    void BP2_theMissingTransposeReadsTheRowMajorStorage() {
        assertArrayEquals(new double[] {14, 32}, predict("bp2-missing-transpose", ONE_TWO_THREE).gradient(1).bias());
    }

    /**
     * δxᵀ = [[1, 10, 100], [2, 20, 200]]; written column by column, 1 2 10 20 100 200, into row-major 2 × 3:
     * [[1, 2, 10], [20, 100, 200]]; returned transposed instead: [[1, 2], [10, 20], [100, 200]].
     */
    @Test
    void BP4_theTransposedWeightGradientInBothStorages() {
        assertArrayEquals(new double[][] {{1, 2, 10}, {20, 100, 200}},
                predict("bp4-transposed", TWO_BY_THREE).gradient(1).weights());
        assertArrayEquals(new double[][] {{1, 2}, {10, 20}, {100, 200}},
                predict("bp4-transposed-shape", TWO_BY_THREE).gradient(1).weights());
    }

    /** One identity unit, w = 2, x = 1, y = 0: a = 2, δ = 2; BP4 gives δ·x = 2, with a^l instead δ·a = 4. */
    @Test
    void BP4_theActivationOfLayerL() {
        Result result = predict("bp4-activation-of-layer-l", unit(Activation.IDENTITY, 2, 0, 1, 0));
        assertEquals(4, result.gradient(1).weight(0, 0));
        assertEquals(2, result.gradient(1).bias(0));
    }

    /**
     * relu under identity: z¹ = −2, a¹ = 0, a² = 0 + 1, δ² = 1 (y = 0). BP4 gives ∂J/∂w² = δ²·a¹ = 0, the model
     * δ²·z¹ = −2; layer 1 keeps the inputs. Without g', δ¹ = w²·δ² = 1 (relu'(−2) = 0 gives 0) and ∂J/∂w¹ = −2.
     */
    @Test
    void BP4_thePreActivationAndBP2WithoutTheDerivative() {
        Problem problem = problem(List.of(layer(Activation.RELU, new double[][] {{1}}, 0),
                layer(Activation.IDENTITY, new double[][] {{1}}, 1)), Loss.MSE, new double[][] {{-2}},
                new double[][] {{0}});
        Result preActivation = predict("bp4-pre-activation", problem);
        assertEquals(-2, preActivation.gradient(2).weight(0, 0));
        assertEquals(0, preActivation.gradient(1).weight(0, 0));
        Result withoutDerivative = predict("bp2-without-derivative", problem);
        assertEquals(1, withoutDerivative.gradient(1).bias(0));
        assertEquals(-2, withoutDerivative.gradient(1).weight(0, 0));
        assertFalse(Problems.model("bp4-pre-activation").applies().test(unit(Activation.RELU, 1, 0, 1, 0)));
    }

    /**
     * relu, identity, identity; x = 1, w = (1, −1, 1), b = 0, y = 1. The spec: z² = a² = −1, a³ = −1, J = ½·4 = 2,
     * δ³ = −2, δ² = −2. With layer 2 applying relu: a² = 0, a³ = 0, J = ½, δ³ = −1, δ² = −1·relu'(−1) = 0.
     */
    @Test
    void FWD_A_theActivationOfTheLayerBelow() {
        Problem problem = problem(List.of(layer(Activation.RELU, new double[][] {{1}}, 0),
                layer(Activation.IDENTITY, new double[][] {{-1}}, 0), layer(Activation.IDENTITY,
                        new double[][] {{1}}, 0)), Loss.MSE, new double[][] {{1}}, new double[][] {{1}});
        Result result = predict("activation-of-the-layer-below", problem);
        assertEquals(0, result.output(0, 0));
        assertEquals(0.5, result.loss());
        assertEquals(-1, result.gradient(3).bias(0));
        assertEquals(0, result.gradient(2).bias(0));
        assertEquals(-1, predict("activation-of-the-layer-below", problem(List.of(
                layer(Activation.IDENTITY, new double[][] {{1}}, 0), layer(Activation.RELU, new double[][] {{-1}}, 0),
                layer(Activation.IDENTITY, new double[][] {{1}}, 0)), Loss.MSE, new double[][] {{1}},
                new double[][] {{0}})).output(0, 0), "layer 2 applies layer 1's identity: a² = −1");
        // There a³ = −1, δ³ = −1 and δ² = 1·δ³·identity'(−1) = −1, where relu'(−1) would give 0.
        assertEquals(-1, predict("activation-of-the-layer-below", problem(List.of(
                layer(Activation.IDENTITY, new double[][] {{1}}, 0), layer(Activation.RELU, new double[][] {{-1}}, 0),
                layer(Activation.IDENTITY, new double[][] {{1}}, 0)), Loss.MSE, new double[][] {{1}},
                new double[][] {{0}})).gradient(2).bias(0));
        assertFalse(Problems.model("activation-of-the-layer-below").applies().test(problem(problem.layers()
                .subList(0, 2), Loss.MSE, new double[][] {{1}}, new double[][] {{1}})));
    }

    /**
     * 65 identity units over 65 inputs, W = 0, b = 1, x = 1, y = 0: δ = 1 and ∂J/∂W all 1; tiles of 64 cover rows
     * and columns 0..63, so row 64 and column 64 stay 0. The model applies from a dimension of 65.
     */
    @Test
    void BP4_theTileTailDropped() {
        double[] ones = new double[65];
        Arrays.fill(ones, 1);
        Problem problem = problem(List.of(layer(Activation.IDENTITY, new double[65][65], ones)), Loss.MSE,
                new double[][] {ones}, new double[][] {new double[65]});
        double[][] gradient = predict("bp4-tile-tail-dropped", problem).gradient(1).weights();
        assertEquals(1, gradient[63][63]);
        assertEquals(0, gradient[64][0]);
        assertEquals(0, gradient[0][64]);
        assertEquals(64 * 64, Arrays.stream(gradient).flatMapToDouble(Arrays::stream).sum());
        // One unit over 65 inputs: its single row is whole (1 ≤ 64), column 64 dropped.
        double[][] row = predict("bp4-tile-tail-dropped", problem(List.of(layer(Activation.IDENTITY,
                new double[1][65], 1)), Loss.MSE, new double[][] {ones}, new double[][] {{0}})).gradient(1).weights();
        assertEquals(1, row[0][0]);
        assertEquals(64, Arrays.stream(row[0]).sum());
        MlpModel model = Problems.model("bp4-tile-tail-dropped");
        assertTrue(model.applies().test(problem));
        assertFalse(model.applies().test(problem(List.of(layer(Activation.IDENTITY, new double[64][64],
                new double[64])), Loss.MSE, new double[][] {new double[64]}, new double[][] {new double[64]})));
        assertTrue(model.applies().test(problem(List.of(layer(Activation.IDENTITY, new double[1][1], 0),
                layer(Activation.IDENTITY, new double[65][1], new double[65])), Loss.MSE, new double[][] {{1}},
                new double[][] {new double[65]})));
    }

    @Test
    void NOT_SHAPES_rowMajorStorageIsRowByRow() {
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, LayoutModels.rowMajor(new double[][] {{1, 2, 3},
                {4, 5, 6}}));
    }
}
