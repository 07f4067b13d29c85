package dev.bprop.conformance.internal.diagnose.model;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import java.util.List;

/** Wrong loss scaling and sign (LOSS-MSE, LOSS-MEAN, BP1), and the unstable evaluations (LOSS-STABLE). */
final class LossModels {
    private LossModels() {
    }

    static List<MlpModel> all() {
        return List.of(
                scaled("mse-missing-half", "LOSS-MSE", "ℓ = Σ (a − y)² without LOSS-MSE's ½, the loss and every "
                        + "gradient twice the spec's", 2, 2),
                scaled("mse-gradient-missing-half", "LOSS-MSE", "∂ℓ/∂a = 2(a − y), the derivative of the squared "
                        + "error without its ½, while the loss keeps the ½", 1, 2),
                scaled("mse-half-twice", "LOSS-MSE", "a ½ too many: the loss and every gradient half the spec's",
                        0.5, 0.5),
                new MlpModel("mse-divided-by-outputs", "LOSS-MEAN", "the squared error averaged over the n_L "
                        + "outputs as well as the batch (a mean over all m·n_L entries)",
                        problem -> problem.loss() == Loss.MSE && problem.width(problem.depth()) > 1,
                        (problem, found) -> {
                            double outputs = problem.width(problem.depth());
                            return new MlpModel.Prediction(scaledBackprop(1 / outputs, 1 / outputs)
                                    .gradient(problem), "");
                        }),
                MlpModel.of("residual-sign-flipped", "BP1", "δ^L from y − a instead of a − y, the sign flipped: the "
                        + "gradient of −J",
                        Applies.always(), () -> new PlainBackprop() {
                            @Override
                            protected double residual(double a, double y) {
                                return y - a;
                            }
                        }),
                MlpModel.of("softmax-without-shift", "LOSS-STABLE", "softmax as e^z / Σ e^z without subtracting "
                        + "max z and cross entropy as −Σ y ln a, which overflow to NaN or ∞ at large logits",
                        Applies.lastLayer(Activation.SOFTMAX, Loss.CROSS_ENTROPY),
                        () -> new PlainBackprop() {
                            @Override
                            protected double[] activate(Activation activation, double[] z) {
                                if (activation != Activation.SOFTMAX) {
                                    return super.activate(activation, z);
                                }
                                double[] a = new double[z.length];
                                double sum = 0;
                                for (int k = 0; k < z.length; k++) {
                                    a[k] = Math.exp(z[k]);
                                    sum += a[k];
                                }
                                for (int k = 0; k < z.length; k++) {
                                    a[k] /= sum;
                                }
                                return a;
                            }

                            @Override
                            protected double exampleLoss(Loss loss, double[] z, double[] a, double[] y) {
                                double sum = 0;
                                for (int k = 0; k < a.length; k++) {
                                    sum -= y[k] * Math.log(a[k]);
                                }
                                return sum;
                            }
                        }),
                MlpModel.of("bce-from-the-sigmoid", "LOSS-STABLE", "binary cross entropy as −[y ln σ(z) + "
                        + "(1 − y) ln(1 − σ(z))] from the computed sigmoid, infinite once σ(z) rounds to 0 or 1",
                        Applies.loss(Loss.BINARY_CROSS_ENTROPY), () -> new PlainBackprop() {
                            @Override
                            protected double exampleLoss(Loss loss, double[] z, double[] a, double[] y) {
                                double sum = 0;
                                for (int k = 0; k < a.length; k++) {
                                    sum -= y[k] * Math.log(a[k]) + (1 - y[k]) * Math.log(1 - a[k]);
                                }
                                return sum;
                            }
                        }));
    }

    private static MlpModel scaled(String name, String clause, String cause, double lossFactor,
            double gradientFactor) {
        return MlpModel.of(name, clause, cause, Applies.loss(Loss.MSE),
                () -> scaledBackprop(lossFactor, gradientFactor));
    }

    /** The spec's computation with the loss and ∂ℓ/∂a scaled by constant factors. */
    private static PlainBackprop scaledBackprop(double lossFactor, double gradientFactor) {
        return new PlainBackprop() {
            @Override
            protected double residual(double a, double y) {
                return gradientFactor * (a - y);
            }

            @Override
            protected double exampleLoss(Loss loss, double[] z, double[] a, double[] y) {
                return lossFactor * super.exampleLoss(loss, z, a, y);
            }
        };
    }
}
