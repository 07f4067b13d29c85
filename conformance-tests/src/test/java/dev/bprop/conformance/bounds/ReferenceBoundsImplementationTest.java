package dev.bprop.conformance.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import org.junit.jupiter.api.Test;

/** What the bounds measure when no library is named: the reference's gradient and its forward pass alone. */
class ReferenceBoundsImplementationTest {
    @Test
    void BOUND_RATIO_theReferenceGivesItsGradientAndItsForwardPassAlone() {
        // One unit, identity, mse, one example: a = w·x + b, J = ½(a − y)² (LOSS-MSE), dJ/dw = (a − y)·x, dJ/db = a − y.
        Problem problem = ScalingNetworks.problem(new Shape(1, 1, 1), 3);
        Layer layer = problem.layer(1);
        double x = problem.input(0, 0);
        double a = layer.weights()[0][0] * x + layer.bias()[0];
        double error = a - problem.target(0, 0);
        ReferenceBoundsImplementation reference = new ReferenceBoundsImplementation();
        Result result = reference.gradient(problem);
        assertEquals(0.5 * error * error, result.loss(), 1e-15);
        assertEquals(error * x, result.gradient(1).weight(0, 0), 1e-15);
        assertEquals(error, result.gradient(1).bias(0), 1e-15);
        assertEquals(0.5 * error * error, reference.forwardOnly().orElseThrow().loss(problem), 1e-15);
        assertTrue(error != 0, "a problem with something to learn");
    }

    @Test
    void BOUND_MEMORY_anAdapterWorksOnTheCallingThreadAndHasNoForwardPassUnlessItSaysSo() {
        RuntimeBoundsImplementation plain = problem -> null;
        assertTrue(plain.worksOnCallingThread());
        assertTrue(plain.forwardOnly().isEmpty());
        assertTrue(new ReferenceBoundsImplementation().worksOnCallingThread());
    }
}
