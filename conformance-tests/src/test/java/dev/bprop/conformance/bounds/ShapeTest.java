package dev.bprop.conformance.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Problem;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShapeTest {
    @Test
    void NOT_W_aShapeCountsItsWeightsAndUnits() {
        Shape shape = new Shape(5, 3, 7);
        Problem problem = ScalingNetworks.problem(shape, 1);
        assertEquals(problem.parameterCount(), shape.weights());
        assertEquals(3 * 5 * 6, shape.weights());
        assertEquals(20, shape.units(), "h = 10 hidden units, n_0 = n_L = 5");
        assertEquals(7, problem.batchSize());
        assertEquals(3, problem.depth());
        assertEquals(5, problem.width(0));
        assertEquals(new Shape(5, 3, 1), shape.withBatch(1));
        assertEquals("width=5-depth=3-batch=7", shape.toString());
    }

    @Test
    void BOUND_MEASURE_tanhHiddenLayersAndAnIdentityOutputFromTheSeed() {
        Problem problem = ScalingNetworks.problem(new Shape(4, 2, 3), 9);
        assertEquals(Activation.TANH, problem.layer(1).activation());
        assertEquals(Activation.IDENTITY, problem.layer(2).activation());
        assertEquals(problem, ScalingNetworks.problem(new Shape(4, 2, 3), 9));
        double bound = 1 / Math.sqrt(4);
        for (double[] row : problem.layer(1).weights()) {
            for (double weight : row) {
                assertEquals(0, weight, bound);
            }
        }
    }

    @Test
    void BOUND_MEASURE_everyNumberIsDrawnAndEachShapeHasItsOwnDraw() {
        Problem problem = ScalingNetworks.problem(new Shape(4, 2, 3), 9);
        for (Layer layer : problem.layers()) {
            for (double[] row : layer.weights()) {
                assertTrue(Arrays.stream(row).allMatch(weight -> weight != 0), Arrays.toString(row));
            }
            assertTrue(Arrays.stream(layer.bias()).allMatch(bias -> bias != 0 && Math.abs(bias) <= 0.5));
        }
        for (double[][] batch : List.of(problem.inputs(), problem.targets())) {
            assertEquals(3, batch.length);
            for (double[] example : batch) {
                assertTrue(Arrays.stream(example).allMatch(x -> x != 0 && Math.abs(x) <= 1), Arrays.toString(example));
            }
        }
        double[] sameSeedOtherBatch = ScalingNetworks.problem(new Shape(4, 2, 5), 9).layer(1).weights()[0];
        assertFalse(Arrays.equals(problem.layer(1).weights()[0], sameSeedOtherBatch), "another shape, another draw");
        double[] sameShapeOtherSeed = ScalingNetworks.problem(new Shape(4, 2, 3), 10).layer(1).weights()[0];
        assertFalse(Arrays.equals(problem.layer(1).weights()[0], sameShapeOtherSeed), "another seed, another draw");
    }

    @Test
    void BOUND_MEASURE_anEmptyNetworkIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Shape(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Shape(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Shape(1, 1, 0));
    }
}
