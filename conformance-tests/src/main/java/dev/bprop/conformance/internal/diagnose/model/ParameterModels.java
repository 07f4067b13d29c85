package dev.bprop.conformance.internal.diagnose.model;

import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;

/** Wrong bias gradients (BP3) and a regulariser's term in the gradient the spec does not have (BP4). */
final class ParameterModels {
    private ParameterModels() {
    }

    static List<MlpModel> all() {
        return List.of(
                MlpModel.of("bias-gradient-missing", "BP3", "∂J/∂b^l left at 0", Applies.always(),
                        () -> new PlainBackprop() {
                            @Override
                            protected double[] biasGradient(double[][] deltas) {
                                return new double[deltas[0].length];
                            }
                        }),
                MlpModel.of("bias-last-example-only", "BP3", "∂J/∂b^l = δ^l of the last example: the loop "
                        + "assigns where BP3 sums over the batch", Applies.batchOfAtLeast(2),
                        () -> new PlainBackprop() {
                            @Override
                            protected double[] biasGradient(double[][] deltas) {
                                return deltas[deltas.length - 1].clone();
                            }
                        }),
                MlpModel.of("bias-first-example-only", "BP3", "∂J/∂b^l = δ^l of the first example, not summed "
                        + "over the batch", Applies.batchOfAtLeast(2), () -> new PlainBackprop() {
                            @Override
                            protected double[] biasGradient(double[][] deltas) {
                                return deltas[0].clone();
                            }
                        }),
                new MlpModel("weight-decay-added", "BP4", "a weight-decay term λ·W^l added to every ∂J/∂W^l "
                        + "(λ fitted to the found numbers, printed with the finding)", Applies.always(),
                        ParameterModels::weightDecay));
    }

    /**
     * The reference plus λ·W^l on every weight gradient, with λ the least-squares fit of found − reference against
     * W over all weights: one number fitted, every other number then has to agree on its own.
     */
    private static MlpModel.Prediction weightDecay(Problem problem, Result found) {
        Result plain = new PlainBackprop().gradient(problem);
        double along = 0;
        double norm = 0;
        for (int l = 1; l <= problem.depth(); l++) {
            double[][] weights = problem.layer(l).weights();
            for (int j = 0; j < weights.length; j++) {
                for (int i = 0; i < weights[j].length; i++) {
                    along += (found.gradient(l).weight(j, i) - plain.gradient(l).weight(j, i)) * weights[j][i];
                    norm += weights[j][i] * weights[j][i];
                }
            }
        }
        double lambda = norm == 0 ? 0 : along / norm;
        List<LayerGradient> gradients = new ArrayList<>();
        for (int l = 1; l <= problem.depth(); l++) {
            double[][] weights = problem.layer(l).weights();
            double[][] decayed = plain.gradient(l).weights();
            for (int j = 0; j < weights.length; j++) {
                for (int i = 0; i < weights[j].length; i++) {
                    decayed[j][i] += lambda * weights[j][i];
                }
            }
            gradients.add(new LayerGradient(decayed, plain.gradient(l).bias()));
        }
        return new MlpModel.Prediction(new Result(plain.loss(), plain.outputs(), gradients), "λ = " + lambda);
    }
}
