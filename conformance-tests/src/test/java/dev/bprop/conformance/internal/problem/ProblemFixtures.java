package dev.bprop.conformance.internal.problem;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.List;

/** Hand-made problems whose pre-activations are worked out in the tests that use them. */
final class ProblemFixtures {
    private ProblemFixtures() {
    }

    /**
     * x = 1 and x = 2 (two examples, one input); layer 1 identity, w = 1, b = 0, so a^1 = x; layer 2 {@code second}
     * with two units, w = (1, 1)ᵀ and b = (0.5, {@code bias}): z^2_e = (x_e + 0.5, x_e + bias).
     */
    static Problem twoLayers(Activation second, double bias) {
        return new Problem("fixture", List.of(new Layer(Activation.IDENTITY, new double[][] {{1}}, new double[] {0}),
                new Layer(second, new double[][] {{1}, {1}}, new double[] {0.5, bias})), Loss.MSE,
                new double[][] {{1}, {2}}, new double[][] {{0, 0}, {0, 0}});
    }
}
