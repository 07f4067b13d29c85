package dev.bprop.conformance.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Problem;
import org.junit.jupiter.api.Test;

class ShapeTest {
    @Test
    void countsAsNotWCounts() {
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
    void tanhHiddenLayersIdentityOutputFromTheSeed() {
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
    void refusesAnEmptyNetwork() {
        assertThrows(IllegalArgumentException.class, () -> new Shape(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Shape(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Shape(1, 1, 0));
    }
}
