package dev.bprop.conformance.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reference behind the kit's adapters answers a problem worked by hand, through each of its routes. */
class ReferenceAdaptersTest {
    /** One identity unit, w = 2, b = 1, x = 3, y = 5, mse, m = 1. */
    private static final Problem ONE_UNIT = new Problem("one-unit", List.of(new Layer(Activation.IDENTITY,
            new double[][] {{2}}, new double[] {1})), Loss.MSE, new double[][] {{3}}, new double[][] {{5}});

    /**
     * z = 2·3 + 1 = 7 = a; J = ½(7 − 5)² = 2 (LOSS-MSE); δ = a − y = 2 (BP1); ∂J/∂b = δ = 2 (BP3);
     * ∂J/∂w = δ·x = 2·3 = 6 (BP4).
     */
    private static void assertOneUnitAnswered(MlpImplementation implementation) {
        Result result = implementation.gradient(ONE_UNIT);
        assertEquals(2, result.loss(), 1e-15);
        assertArrayEquals(new double[] {7}, result.outputs()[0], 1e-15);
        assertArrayEquals(new double[] {6}, result.gradient(1).weights()[0], 1e-15);
        assertArrayEquals(new double[] {2}, result.gradient(1).bias(), 1e-15);
    }

    @Test
    void BP4_theBp1ToBp4ReferenceAnswersAOneUnitProblemWorkedByHand() {
        assertOneUnitAnswered(new ReferenceMlpImplementation());
    }

    @Test
    void GBP_BUILDGRAD_theMatrixGraphFormAnswersTheSameProblemAndDeclaresMseOnly() {
        ReferenceMlpGraphImplementation graphForm = new ReferenceMlpGraphImplementation();
        assertOneUnitAnswered(graphForm);
        assertEquals(EnumSet.of(Loss.MSE), graphForm.losses());
    }

    /** f = x0·x1 at x0 = 3, x1 = −2: f = −6, ∂f/∂x0 = x1 = −2, ∂f/∂x1 = x0 = 3 (GBP-OP-MUL). */
    @Test
    void GBP_BUILDGRAD_theGraphReferenceAnswersAProductWorkedByHand() {
        Graph product = new Graph("product", List.of(GraphNode.leaf("x0", GraphOp.INPUT, 3),
                GraphNode.leaf("x1", GraphOp.INPUT, -2), GraphNode.operation("v0", GraphOp.MUL, "x0", "x1")), "v0");
        GraphResult result = new ReferenceGraphImplementation().gradient(product);
        assertEquals(-6, result.value());
        assertEquals(Map.of("x0", -2.0, "x1", 3.0), result.gradient());
    }
}
