package dev.bprop.conformance.internal.diagnose.model;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * Backpropagation (FWD-Z, FWD-A, BP1–BP4, BP-BATCH, LOSS-*) written plainly, example by example, with one
 * overridable method per step, so that each bug model of {@link MlpModels} is this computation with exactly one step
 * changed. As written here it computes the spec's result: a model differs from the reference only by its bug.
 *
 * <p>Shapes: z^l and a^l are m × n_l, W^l is n_l × n_(l−1), δ^l is m × n_l.
 */
public class PlainBackprop {
    /** The loss, the outputs and every gradient of {@code problem}, as this variant computes them. */
    public Result gradient(Problem problem) {
        int depth = problem.depth();
        int m = problem.batchSize();
        double[][][] z = new double[depth + 1][m][];
        double[][][] a = new double[depth + 1][][];
        a[0] = problem.inputs();
        for (int l = 1; l <= depth; l++) {
            a[l] = new double[m][];
            for (int e = 0; e < m; e++) {
                z[l][e] = preActivation(problem.layer(l).weights(), problem.layer(l).bias(), a[l - 1][e]);
                a[l][e] = activate(forwardActivation(problem, l), z[l][e]);
            }
        }
        double[][][] deltas = new double[depth + 1][m][];
        for (int e = 0; e < m; e++) {
            double[] residual = new double[a[depth][e].length];
            for (int k = 0; k < residual.length; k++) {
                residual[k] = residual(a[depth][e][k], problem.target(e, k)) * exampleWeight(e, m);
            }
            deltas[depth][e] = outputError(problem, z[depth][e], a[depth][e], residual);
            for (int l = depth - 1; l >= 1; l--) {
                deltas[l][e] = hiddenError(problem, l, deltas[l + 1][e], z[l], e);
            }
        }
        List<LayerGradient> gradients = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            gradients.add(new LayerGradient(weightGradient(problem, l, deltas[l], a[l - 1], z[l - 1]),
                    biasGradient(deltas[l])));
        }
        return new Result(loss(problem, z[depth], a[depth]), a[depth], gradients);
    }

    /** FWD-Z: z_j = b_j + Σ_i w_ji a_i. */
    protected double[] preActivation(double[][] weights, double[] bias, double[] below) {
        double[] z = bias.clone();
        for (int j = 0; j < z.length; j++) {
            for (int i = 0; i < below.length; i++) {
                z[j] += weights[j][i] * below[i];
            }
        }
        return z;
    }

    /** g^l, the activation the forward pass applies in layer l. */
    protected Activation forwardActivation(Problem problem, int l) {
        return problem.layer(l).activation();
    }

    /** FWD-A; softmax shifted by its largest entry (ACT-SOFTMAX). */
    protected double[] activate(Activation activation, double[] z) {
        double[] a = new double[z.length];
        if (activation == Activation.SOFTMAX) {
            double max = Double.NEGATIVE_INFINITY;
            for (double value : z) {
                max = Math.max(max, value);
            }
            double sum = 0;
            for (int k = 0; k < z.length; k++) {
                a[k] = Math.exp(z[k] - max);
                sum += a[k];
            }
            for (int k = 0; k < z.length; k++) {
                a[k] /= sum;
            }
            return a;
        }
        for (int j = 0; j < z.length; j++) {
            a[j] = Activations.value(activation, z[j]);
        }
        return a;
    }

    /** g'(z) for an element-wise g; {@code a} = g(z) for the variants that reuse it (ACT-*). */
    protected double derivative(Activation activation, double z, double a) {
        return Activations.derivative(activation, z);
    }

    /** g'(z^l_ej) of layer l at example e, {@code z} being z^l for the whole batch. */
    protected double derivativeAt(Problem problem, int l, double[][] z, int e, int j) {
        double value = z[e][j];
        return derivative(problem.layer(l).activation(), value, Activations.value(problem.layer(l).activation(),
                value));
    }

    /** ∂ℓ/∂a_k for mse, and a_k − y_k for the fused forms of BP1-SOFTMAX-CE and BP1-SIGMOID-BCE. */
    protected double residual(double a, double y) {
        return a - y;
    }

    /** Each example's weight in the batch mean: 1/m (BP-BATCH, LOSS-MEAN). */
    protected double exampleWeight(int e, int m) {
        return 1.0 / m;
    }

    /** BP1 and its forms, from the weighted residual g = (a − y)/m. */
    protected double[] outputError(Problem problem, double[] z, double[] a, double[] g) {
        if (problem.loss() != Loss.MSE) {
            return fusedOutputError(problem, z, a, g);
        }
        Activation last = problem.layer(problem.depth()).activation();
        if (last == Activation.SOFTMAX) {
            return softmaxJacobian(a, g);
        }
        double[] delta = new double[g.length];
        for (int k = 0; k < g.length; k++) {
            delta[k] = g[k] * derivative(last, z[k], a[k]);
        }
        return delta;
    }

    /** BP1-SOFTMAX-CE, BP1-SIGMOID-BCE: δ^L = (a^L − y)/m, the derivative cancelled against the loss. */
    protected double[] fusedOutputError(Problem problem, double[] z, double[] a, double[] g) {
        return g;
    }

    /** BP1-JACOBIAN: δ_j = a_j (g_j − Σ_k a_k g_k). */
    protected double[] softmaxJacobian(double[] a, double[] g) {
        double dot = 0;
        for (int k = 0; k < a.length; k++) {
            dot += a[k] * g[k];
        }
        double[] delta = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            delta[j] = a[j] * (g[j] - dot);
        }
        return delta;
    }

    /** BP2: δ^l_j = Σ_k w^(l+1)_kj δ^(l+1)_k · g'(z^l_j), for example e. */
    protected double[] hiddenError(Problem problem, int l, double[] above, double[][] z, int e) {
        double[] back = backPropagated(problem.layer(l + 1).weights(), above);
        double[] delta = new double[back.length];
        for (int j = 0; j < back.length; j++) {
            delta[j] = back[j] * derivativeAt(problem, l, z, e, j);
        }
        return delta;
    }

    /** (W^(l+1))ᵀ δ^(l+1), the error carried back through the weights. */
    protected double[] backPropagated(double[][] weights, double[] above) {
        double[] back = new double[weights[0].length];
        for (int j = 0; j < back.length; j++) {
            for (int k = 0; k < above.length; k++) {
                back[j] += weights[k][j] * above[k];
            }
        }
        return back;
    }

    /** BP4: Σ_e δ^l_e (a^(l−1)_e)ᵀ, n_l × n_(l−1); {@code zBelow} is z^(l−1) (empty for l = 1). */
    protected double[][] weightGradient(Problem problem, int l, double[][] deltas, double[][] below,
            double[][] zBelow) {
        double[][] gradient = new double[deltas[0].length][below[0].length];
        for (int e = 0; e < deltas.length; e++) {
            for (int j = 0; j < gradient.length; j++) {
                for (int i = 0; i < gradient[j].length; i++) {
                    gradient[j][i] += deltas[e][j] * below[e][i];
                }
            }
        }
        return gradient;
    }

    /** BP3: Σ_e δ^l_e. */
    protected double[] biasGradient(double[][] deltas) {
        double[] gradient = new double[deltas[0].length];
        for (double[] delta : deltas) {
            for (int j = 0; j < gradient.length; j++) {
                gradient[j] += delta[j];
            }
        }
        return gradient;
    }

    /** J = (1/m) Σ_e ℓ_e (LOSS-MEAN), each ℓ_e by LOSS-MSE, or LOSS-CE and LOSS-BCE from the logits (LOSS-STABLE). */
    protected double loss(Problem problem, double[][] z, double[][] a) {
        double sum = 0;
        for (int e = 0; e < a.length; e++) {
            sum += exampleLoss(problem.loss(), z[e], a[e], problem.targets()[e]);
        }
        return sum / a.length;
    }

    /** ℓ_e of one example. */
    protected double exampleLoss(Loss loss, double[] z, double[] a, double[] y) {
        double sum = 0;
        switch (loss) {
            case MSE -> {
                for (int k = 0; k < a.length; k++) {
                    sum += 0.5 * (a[k] - y[k]) * (a[k] - y[k]);
                }
            }
            case CROSS_ENTROPY -> {
                double max = Double.NEGATIVE_INFINITY;
                for (double value : z) {
                    max = Math.max(max, value);
                }
                double exponentials = 0;
                for (double value : z) {
                    exponentials += Math.exp(value - max);
                }
                double logSumExp = max + Math.log(exponentials);
                for (int k = 0; k < z.length; k++) {
                    sum += y[k] * (logSumExp - z[k]);
                }
            }
            case BINARY_CROSS_ENTROPY -> {
                for (int k = 0; k < z.length; k++) {
                    sum += Activations.softplus(z[k]) - y[k] * z[k];
                }
            }
        }
        return sum;
    }
}
