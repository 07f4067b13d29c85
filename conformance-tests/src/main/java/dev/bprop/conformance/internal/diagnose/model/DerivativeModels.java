package dev.bprop.conformance.internal.diagnose.model;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * Wrong derivative formulas g'(z) (ACT-*) and wrong output-layer derivatives (BP1 and its forms). A derivative
 * model replaces g' of one activation wherever the backward pass takes it, in BP1 as in BP2; the formula receives
 * z and a = g(z). The conventions at a kink (relu'(0), ACT-KINK) are choices, not bugs, and have no model.
 */
final class DerivativeModels {
    private DerivativeModels() {
    }

    static List<MlpModel> all() {
        return List.of(
                derivative("sigmoid-derivative-at-activation", Activation.SIGMOID,
                        "σ'(a) = σ(a)(1 − σ(a)) where σ'(z) belongs: the formula applied to the activation",
                        (z, a) -> Activations.derivative(Activation.SIGMOID, a)),
                derivative("sigmoid-derivative-one-minus-a", Activation.SIGMOID, "σ'(z) taken as 1 − a",
                        (z, a) -> 1 - a),
                derivative("sigmoid-derivative-of-z", Activation.SIGMOID, "σ'(z) taken as z(1 − z)",
                        (z, a) -> z * (1 - z)),
                derivative("tanh-derivative-at-activation", Activation.TANH,
                        "tanh'(a) = 1 − tanh²(a) where tanh'(z) belongs: the formula applied to the activation",
                        (z, a) -> Activations.derivative(Activation.TANH, a)),
                derivative("tanh-derivative-one-minus-z-squared", Activation.TANH, "tanh'(z) taken as 1 − z²",
                        (z, a) -> 1 - z * z),
                derivative("tanh-derivative-one-minus-a-all-squared", Activation.TANH,
                        "tanh'(z) taken as (1 − tanh z)²", (z, a) -> (1 - a) * (1 - a)),
                derivative("tanh-derivative-one-minus-a", Activation.TANH, "tanh'(z) taken as 1 − tanh z",
                        (z, a) -> 1 - a),
                derivative("relu-derivative-one", Activation.RELU,
                        "relu'(z) taken as 1 everywhere (the backward pass of the identity)", (z, a) -> 1),
                derivative("relu-derivative-is-value", Activation.RELU,
                        "relu'(z) taken as relu(z), the activation itself", (z, a) -> a),
                derivative("leaky-relu-slope-0.01", Activation.LEAKY_RELU,
                        "leaky_relu'(z) = 0.01 for z ≤ 0 where ACT-LEAKY-RELU's slope is 0.1",
                        (z, a) -> z > 0 ? 1 : 0.01),
                derivative("leaky-relu-slope-zero", Activation.LEAKY_RELU,
                        "leaky_relu'(z) = 0 for z ≤ 0: relu's derivative", (z, a) -> z > 0 ? 1 : 0),
                derivative("leaky-relu-slope-float", Activation.LEAKY_RELU,
                        "the slope 0.1 held as the float 0.1f = 0.100000001490116 in the derivative",
                        (z, a) -> z > 0 ? 1 : (double) 0.1f),
                derivative("hardtanh-derivative-one", Activation.HARDTANH,
                        "hardtanh'(z) taken as 1 everywhere, also where |z| > 1 and the unit is flat",
                        (z, a) -> 1),
                derivative("hardtanh-derivative-of-tanh", Activation.HARDTANH,
                        "hardtanh'(z) taken as tanh's 1 − a²", (z, a) -> 1 - a * a),
                MlpModel.of("softmax-jacobian-diagonal", "BP1-JACOBIAN",
                        "the softmax Jacobian cut to its diagonal, δ_j = a_j(1 − a_j) g_j",
                        Applies.lastLayer(Activation.SOFTMAX, Loss.MSE), () -> new PlainBackprop() {
                            @Override
                            protected double[] softmaxJacobian(double[] a, double[] g) {
                                double[] delta = new double[a.length];
                                for (int j = 0; j < a.length; j++) {
                                    delta[j] = a[j] * (1 - a[j]) * g[j];
                                }
                                return delta;
                            }
                        }),
                MlpModel.of("softmax-jacobian-dropped", "BP1-JACOBIAN",
                        "the softmax Jacobian left out, δ^L = ∇_a J as if the last layer were the identity",
                        Applies.lastLayer(Activation.SOFTMAX, Loss.MSE), () -> new PlainBackprop() {
                            @Override
                            protected double[] softmaxJacobian(double[] a, double[] g) {
                                return g;
                            }
                        }),
                MlpModel.of("output-derivative-applied-twice", "BP1-SIGMOID-BCE",
                        "δ^L = (a − y)/m · g'(z^L) with cross entropy, where the loss has already cancelled g' "
                                + "(BP1-SOFTMAX-CE, BP1-SIGMOID-BCE)",
                        problem -> problem.loss() != Loss.MSE, () -> new PlainBackprop() {
                            @Override
                            protected double[] fusedOutputError(Problem p, double[] z, double[] a, double[] g) {
                                double[] delta = new double[g.length];
                                for (int k = 0; k < g.length; k++) {
                                    delta[k] = g[k] * a[k] * (1 - a[k]);
                                }
                                return delta;
                            }
                        }),
                MlpModel.of("derivative-of-the-layer-above", "BP2",
                        "g'(z^l) of hidden layer l taken with the activation of layer l + 1",
                        Applies.hiddenLayers(), () -> new PlainBackprop() {
                            @Override
                            protected double derivativeAt(Problem p, int l, double[][] z, int e, int j) {
                                Activation above = p.layer(l + 1).activation();
                                Activation used = above == Activation.SOFTMAX ? Activation.IDENTITY : above;
                                return derivative(used, z[e][j], Activations.value(used, z[e][j]));
                            }
                        }),
                MlpModel.of("stale-derivative-when-saturated", "BP2",
                        "g'(z) for a unit with |z| > 100 read from a cache that holds the unit's derivative of an "
                                + "earlier example, the last one with |z| ≤ 100 (0 before any)",
                        Applies.hiddenLayers().and(Applies.batchOfAtLeast(2)),
                        StaleSaturatedDerivative::new),
                MlpModel.of("pre-activations-in-float32", "KIT-PRECISION",
                        "every pre-activation z rounded to float32: float32 arithmetic in a library that declares "
                                + "float64", Applies.always(), () -> new PlainBackprop() {
                            @Override
                            protected double[] preActivation(double[][] weights, double[] bias, double[] below) {
                                double[] z = super.preActivation(weights, bias, below);
                                for (int j = 0; j < z.length; j++) {
                                    z[j] = (float) z[j];
                                }
                                return z;
                            }
                        }));
    }

    private static MlpModel derivative(String name, Activation activation, String cause,
            DoubleBinaryOperator formula) {
        String clause = "ACT-" + activation.name().replace('_', '-');
        return MlpModel.of(name, clause, cause, Applies.derivativeOf(activation),
                () -> new PlainBackprop() {
                    @Override
                    protected double derivative(Activation g, double z, double a) {
                        return g == activation ? formula.applyAsDouble(z, a) : super.derivative(g, z, a);
                    }
                });
    }

    /** The saturation shortcut that keeps a stale value: one cache per unit, refreshed only while |z| ≤ 100. */
    private static final class StaleSaturatedDerivative extends PlainBackprop {
        private static final double SATURATED = 100;

        @Override
        protected double derivativeAt(Problem problem, int l, double[][] z, int e, int j) {
            double cached = 0;
            for (int earlier = e; earlier >= 0; earlier--) {
                if (Math.abs(z[earlier][j]) <= SATURATED) {
                    cached = super.derivativeAt(problem, l, z, earlier, j);
                    break;
                }
            }
            return cached;
        }
    }
}
