package dev.bprop.conformance.internal.diagnose.model;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.List;

/** Tiny problems whose results the model tests work out by hand, and the catalogue looked up by name. */
final class Problems {
    private Problems() {
    }

    /** One unit, one example: z = w·x + b, a = g(z), J = ½(a − y)² under mse, δ = ∂J/∂b, ∂J/∂w = δ·x. */
    static Problem unit(Activation g, double w, double b, double x, double y) {
        return unit(g, w, b, x, y, Loss.MSE);
    }

    static Problem unit(Activation g, double w, double b, double x, double y, Loss loss) {
        return new Problem("unit", List.of(new Layer(g, new double[][] {{w}}, new double[] {b})), loss,
                new double[][] {{x}}, new double[][] {{y}});
    }

    /** One identity unit, w = 1, b = 0, inputs x_e and targets 0: a_e = x_e, ∂J/∂b = Σ_e x_e/m. */
    static Problem batch(double... x) {
        double[][] inputs = new double[x.length][];
        double[][] targets = new double[x.length][];
        for (int e = 0; e < x.length; e++) {
            inputs[e] = new double[] {x[e]};
            targets[e] = new double[] {0};
        }
        return new Problem("batch", List.of(new Layer(Activation.IDENTITY, new double[][] {{1}}, new double[] {0})),
                Loss.MSE, inputs, targets);
    }

    static Layer layer(Activation g, double[][] weights, double... bias) {
        return new Layer(g, weights, bias);
    }

    static Problem problem(List<Layer> layers, Loss loss, double[][] inputs, double[][] targets) {
        return new Problem("hand", layers, loss, inputs, targets);
    }

    static MlpModel model(String name) {
        return MlpModels.all().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    /** The model's result on {@code problem}, asserting first that it applies there. */
    static Result predict(String name, Problem problem) {
        MlpModel model = model(name);
        if (!model.applies().test(problem)) {
            throw new AssertionError(name + " does not apply to the problem");
        }
        return model.predict().apply(problem, null).result();
    }
}
