package dev.bprop.conformance.internal.diagnose.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.graph.GraphOp;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Result;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.VectorCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The computations every model changes one step of compute the spec's result as written: every problem and graph
 * vector of the spec, within the vector's stated tolerance (FMT-VECTOR), and the activation table by hand.
 */
class PlainBackpropTest {
    @Test
    void FMT_VECTOR_plainBackpropReproducesEveryProblemVector() {
        List<TestVector> vectors = VectorCatalog.all().stream().filter(TestVector::isProblem).toList();
        assertTrue(vectors.size() >= 10);
        for (TestVector vector : vectors) {
            Result expected = vector.expectedResult().orElseThrow();
            Result found = new PlainBackprop().gradient(vector.problem().orElseThrow());
            assertAccepts(vector, "loss", expected.loss(), found.loss());
            for (int e = 0; e < expected.outputs().length; e++) {
                for (int k = 0; k < expected.outputs()[e].length; k++) {
                    assertAccepts(vector, "outputs", expected.output(e, k), found.output(e, k));
                }
            }
            for (int l = 1; l <= expected.gradients().size(); l++) {
                double[][] weights = expected.gradient(l).weights();
                for (int j = 0; j < weights.length; j++) {
                    assertAccepts(vector, "bias", expected.gradient(l).bias(j), found.gradient(l).bias(j));
                    for (int i = 0; i < weights[j].length; i++) {
                        assertAccepts(vector, "weights", weights[j][i], found.gradient(l).weight(j, i));
                    }
                }
            }
        }
    }

    @Test
    void FMT_VECTOR_plainGraphBackpropReproducesEveryGraphVector() {
        List<TestVector> vectors = VectorCatalog.all().stream().filter(v -> !v.isProblem()).toList();
        assertTrue(vectors.size() >= 10);
        for (TestVector vector : vectors) {
            GraphResult expected = vector.expectedGraphResult().orElseThrow();
            GraphResult found = new PlainGraphBackprop().gradient(vector.graph().orElseThrow());
            assertAccepts(vector, "value", expected.value(), found.value());
            assertEquals(expected.gradient().keySet(), found.gradient().keySet(), vector.id());
            for (Map.Entry<String, Double> entry : expected.gradient().entrySet()) {
                assertAccepts(vector, entry.getKey(), entry.getValue(), found.gradient().get(entry.getKey()));
            }
        }
    }

    /** ACT-* and ACT-KINK: g and g' at −2, 0, ½ and 2, the kinks taking the left-hand derivative except z > 0. */
    @Test
    void ACT_KINK_theActivationsAndTheirDerivativesByHand() {
        assertEquals(-2, Activations.value(Activation.IDENTITY, -2));
        assertEquals(1, Activations.derivative(Activation.IDENTITY, -2));
        assertEquals(0.5, Activations.value(Activation.SIGMOID, 0));
        assertEquals(0.25, Activations.derivative(Activation.SIGMOID, 0));
        assertEquals(Math.tanh(0.5), Activations.value(Activation.TANH, 0.5));
        assertEquals(1 / (Math.cosh(0.5) * Math.cosh(0.5)), Activations.derivative(Activation.TANH, 0.5));
        assertEquals(List.of(-1.0, 0.5, 1.0, -1.0, 1.0), List.of(Activations.value(Activation.HARDTANH, -2),
                Activations.value(Activation.HARDTANH, 0.5), Activations.value(Activation.HARDTANH, 2),
                Activations.value(Activation.HARDTANH, -1), Activations.value(Activation.HARDTANH, 1)));
        assertEquals(List.of(0.0, 1.0, 0.0, 0.0, 0.0), List.of(Activations.derivative(Activation.HARDTANH, -2),
                Activations.derivative(Activation.HARDTANH, 0.5), Activations.derivative(Activation.HARDTANH, 2),
                Activations.derivative(Activation.HARDTANH, -1), Activations.derivative(Activation.HARDTANH, 1)));
        assertEquals(List.of(0.0, 0.0, 2.0), List.of(Activations.value(Activation.RELU, -2),
                Activations.value(Activation.RELU, 0), Activations.value(Activation.RELU, 2)));
        assertEquals(List.of(0.0, 0.0, 1.0), List.of(Activations.derivative(Activation.RELU, -2),
                Activations.derivative(Activation.RELU, 0), Activations.derivative(Activation.RELU, 2)));
        assertEquals(List.of(-0.2, 0.0, 2.0), List.of(Activations.value(Activation.LEAKY_RELU, -2),
                Activations.value(Activation.LEAKY_RELU, 0), Activations.value(Activation.LEAKY_RELU, 2)));
        assertEquals(List.of(0.1, 0.1, 1.0), List.of(Activations.derivative(Activation.LEAKY_RELU, -2),
                Activations.derivative(Activation.LEAKY_RELU, 0), Activations.derivative(Activation.LEAKY_RELU, 2)));
        assertThrows(IllegalArgumentException.class, () -> Activations.value(Activation.SOFTMAX, 0));
        assertThrows(IllegalArgumentException.class, () -> Activations.derivative(Activation.SOFTMAX, 0));
    }

    /**
     * σ(±800) without overflow: 1/(1 + e^−800) = 1 and e^−800/(1 + e^−800) = 0, never ∞/∞; σ(−2) = e^−2/(1 + e^−2).
     * ln(1 + e^x): 1000 at x = 1000, 0 at x = −1000, ln 2 at 0.
     */
    @Test
    void LOSS_STABLE_sigmoidAndSoftplusWithoutOverflow() {
        assertEquals(1, Activations.sigmoid(800));
        assertEquals(0, Activations.sigmoid(-800));
        // e^−720 ≈ 2.6·10^−313 is subnormal, not 0: 1/(1 + e^720) would overflow to 1/∞ = 0.
        assertEquals(Math.exp(-720), Activations.sigmoid(-720));
        assertTrue(Activations.sigmoid(-720) > 0);
        assertEquals(Math.exp(-2) / (1 + Math.exp(-2)), Activations.sigmoid(-2), 1e-17);
        assertEquals(1 / (1 + Math.exp(-2)), Activations.sigmoid(2), 1e-16);
        assertEquals(1000, Activations.softplus(1000));
        assertEquals(0, Activations.softplus(-1000));
        assertEquals(Math.log(2), Activations.softplus(0));
        assertEquals(2 + Math.log1p(Math.exp(-2)), Activations.softplus(2));
        assertEquals(Math.log1p(Math.exp(-2)), Activations.softplus(-2));
    }

    /**
     * GBP-OP-POW at the base 0: ∂0^2/∂b = 0 (not 0^2·ln 0 = NaN) and ∂0^2/∂a = 2·0 = 0; at the exponent 0,
     * ∂a^0/∂a = 0 (not 0·0^−1 = NaN). A leaf has no partials.
     */
    @Test
    void GBP_OP_POW_thePartialsAtZero() {
        PlainGraphBackprop plain = new PlainGraphBackprop();
        assertEquals(0, plain.partial(GraphOp.POW, 1, 0, 2));
        assertEquals(0, plain.partial(GraphOp.POW, 0, 0, 2));
        assertEquals(0, plain.partial(GraphOp.POW, 0, 0, 0));
        assertEquals(12, plain.partial(GraphOp.POW, 0, 2, 3));
        assertEquals(8 * Math.log(2), plain.partial(GraphOp.POW, 1, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> plain.partial(GraphOp.INPUT, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> plain.partial(GraphOp.CONST, 0, 1, 0));
    }

    private static void assertAccepts(TestVector vector, String place, double expected, double found) {
        assertTrue(vector.tolerance().accepts(expected, found), () -> vector.id() + " " + place + ": expected "
                + expected + ", found " + found);
    }
}
