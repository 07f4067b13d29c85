package dev.bprop.conformance.internal.diagnose;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.List;

/** Hand-made problems and results for the diagnosis tests. */
final class Results {
    private Results() {
    }

    /**
     * 1 → 2 → 1 identity units over m examples: outputs m × 1, ∂J/∂W¹ 2 × 1, ∂J/∂b¹ 2, ∂J/∂W² 1 × 2, ∂J/∂b² 1. Its
     * numbers only set the tolerances; the results compared on it are made by hand.
     */
    static Problem twoLayers(int m) {
        double[][] inputs = new double[m][];
        double[][] targets = new double[m][];
        for (int e = 0; e < m; e++) {
            inputs[e] = new double[] {e + 1};
            targets[e] = new double[] {0};
        }
        return new Problem("two-layers", List.of(new Layer(Activation.IDENTITY, new double[][] {{1}, {2}},
                new double[] {0, 0}), new Layer(Activation.IDENTITY, new double[][] {{1, 1}}, new double[] {0})),
                Loss.MSE, inputs, targets);
    }

    /** A result of {@link #twoLayers}'s shapes. */
    static Result twoLayerResult(double loss, double[] outputs, double[] w1, double[] b1, double[] w2, double b2) {
        double[][] rows = new double[outputs.length][];
        for (int e = 0; e < outputs.length; e++) {
            rows[e] = new double[] {outputs[e]};
        }
        return new Result(loss, rows, List.of(new LayerGradient(new double[][] {{w1[0]}, {w1[1]}}, b1),
                new LayerGradient(new double[][] {w2}, new double[] {b2})));
    }

    /** The same result with every gradient number multiplied by {@code factor}. */
    static Result scaledGradient(Result result, double factor) {
        return new Result(result.loss(), result.outputs(), result.gradients().stream().map(g -> {
            double[][] weights = g.weights();
            for (double[] row : weights) {
                for (int i = 0; i < row.length; i++) {
                    row[i] *= factor;
                }
            }
            double[] bias = g.bias();
            for (int j = 0; j < bias.length; j++) {
                bias[j] *= factor;
            }
            return new LayerGradient(weights, bias);
        }).toList());
    }

    /** One unit, w and x given per input, y = 0, one example: a = Σ w_i x_i + b. */
    static Problem unit(Activation g, double b, double y, double... x) {
        double[] w = new double[x.length];
        java.util.Arrays.fill(w, 1);
        return new Problem("unit", List.of(new Layer(g, new double[][] {w}, new double[] {b})), Loss.MSE,
                new double[][] {x}, new double[][] {{y}});
    }

    static Result unitResult(double loss, double output, double[] weights, double bias) {
        return new Result(loss, new double[][] {{output}}, List.of(new LayerGradient(new double[][] {weights},
                new double[] {bias})));
    }
}
