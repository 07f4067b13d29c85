package dev.bprop.conformance.wrong;

import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * Backpropagation as a textbook writes it, example by example over plain arrays, with one protected method per
 * step so that each wrong implementation of the catalogue overrides exactly the step its bug is in. As written
 * here it is correct (the catalogue's own test checks that it passes), so a failure of a subclass is its bug's.
 */
class Textbook implements MlpImplementation {
    @Override
    public Result gradient(Problem problem) {
        int depth = problem.depth();
        int m = problem.batchSize();
        double[][][] z = new double[depth + 1][m][];
        double[][][] a = new double[depth + 1][][];
        a[0] = inputs(problem);
        for (int l = 1; l <= depth; l++) {
            a[l] = new double[m][];
            for (int e = 0; e < m; e++) {
                z[l][e] = preActivation(problem.layer(l).weights(), problem.layer(l).bias(), a[l - 1][e]);
                a[l][e] = activate(activation(problem, l), z[l][e]);
            }
        }
        double[][][] deltas = new double[depth + 1][m][];
        for (int e = 0; e < m; e++) {
            deltas[depth][e] = outputError(problem, z[depth][e], a[depth][e], problem.targets()[e], m);
            for (int l = depth - 1; l >= 1; l--) {
                deltas[l][e] = hiddenError(problem, l, deltas[l + 1][e], z[l][e]);
            }
        }
        List<LayerGradient> gradients = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            gradients.add(new LayerGradient(weightGradient(deltas[l], a, l), biasGradient(deltas[l])));
        }
        return new Result(loss(problem, z[depth], a[depth]), a[depth], gradients);
    }

    double[][] inputs(Problem problem) {
        return problem.inputs();
    }

    double[] preActivation(double[][] weights, double[] bias, double[] previous) {
        double[] z = bias.clone();
        for (int j = 0; j < z.length; j++) {
            for (int i = 0; i < previous.length; i++) {
                z[j] += weights[j][i] * previous[i];
            }
        }
        return z;
    }

    /** g^l, the activation layer l applies. */
    Activation activation(Problem problem, int l) {
        return problem.layer(l).activation();
    }

    double[] activate(Activation activation, double[] z) {
        if (activation == Activation.SOFTMAX) {
            return softmax(z);
        }
        double[] a = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            a[j] = value(activation, z[j]);
        }
        return a;
    }

    double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : z) {
            max = Math.max(max, value);
        }
        double[] a = new double[z.length];
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

    static double value(Activation activation, double z) {
        return switch (activation) {
            case IDENTITY -> z;
            case SIGMOID -> sigmoid(z);
            case TANH -> Math.tanh(z);
            case HARDTANH -> Math.max(-1, Math.min(1, z));
            case RELU -> z > 0 ? z : 0;
            case LEAKY_RELU -> z > 0 ? z : 0.1 * z;
            case SOFTMAX -> throw new IllegalArgumentException("softmax is not element-wise");
        };
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** g'(z); {@code a} = g(z) is passed for implementations that reuse it. */
    double derivative(Activation activation, double z) {
        return switch (activation) {
            case IDENTITY -> 1;
            case SIGMOID -> sigmoid(z) * sigmoid(-z);
            case TANH -> 1 / (Math.cosh(z) * Math.cosh(z));
            case HARDTANH -> -1 < z && z < 1 ? 1 : 0;
            case RELU -> z > 0 ? 1 : 0;
            case LEAKY_RELU -> z > 0 ? 1 : 0.1;
            case SOFTMAX -> throw new IllegalArgumentException("softmax has a Jacobian");
        };
    }

    /** BP1 and its forms: ∇_a J = (a − y)/m for mse, then through g' or the softmax Jacobian. */
    double[] outputError(Problem problem, double[] z, double[] a, double[] y, int m) {
        Activation last = activation(problem, problem.depth());
        double[] delta = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            delta[k] = residual(a[k], y[k]) / m;
        }
        if (problem.loss() != Loss.MSE) {
            return delta;
        }
        if (last == Activation.SOFTMAX) {
            return softmaxJacobian(a, delta);
        }
        for (int k = 0; k < a.length; k++) {
            delta[k] *= derivative(last, z[k]);
        }
        return delta;
    }

    double residual(double a, double y) {
        return a - y;
    }

    /** BP1-JACOBIAN: δ_j = a_j (g_j − Σ_k a_k g_k). */
    double[] softmaxJacobian(double[] a, double[] g) {
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

    /** BP2: δ^l_j = Σ_k w^(l+1)_kj δ^(l+1)_k · g'(z^l_j). */
    double[] hiddenError(Problem problem, int l, double[] next, double[] z) {
        double[][] weights = problem.layer(l + 1).weights();
        double[] delta = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            double sum = 0;
            for (int k = 0; k < next.length; k++) {
                sum += weights[k][j] * next[k];
            }
            delta[j] = sum * derivative(activation(problem, l), z[j]);
        }
        return delta;
    }

    /** BP4: Σ_e δ^l_e (a^(l−1)_e)ᵀ. */
    double[][] weightGradient(double[][] deltas, double[][][] a, int l) {
        double[][] previous = a[l - 1];
        double[][] gradient = new double[deltas[0].length][previous[0].length];
        for (int e = 0; e < deltas.length; e++) {
            for (int j = 0; j < gradient.length; j++) {
                for (int i = 0; i < gradient[j].length; i++) {
                    gradient[j][i] += deltas[e][j] * previous[e][i];
                }
            }
        }
        return gradient;
    }

    /** BP3: Σ_e δ^l_e. */
    double[] biasGradient(double[][] deltas) {
        double[] gradient = new double[deltas[0].length];
        for (double[] delta : deltas) {
            for (int j = 0; j < gradient.length; j++) {
                gradient[j] += delta[j];
            }
        }
        return gradient;
    }

    /** J by LOSS-MSE, or LOSS-CE and LOSS-BCE evaluated stably from the logits (LOSS-STABLE). */
    double loss(Problem problem, double[][] z, double[][] a) {
        double sum = 0;
        for (int e = 0; e < a.length; e++) {
            double[] y = problem.targets()[e];
            sum += switch (problem.loss()) {
                case MSE -> squaredError(a[e], y);
                case CROSS_ENTROPY -> crossEntropy(z[e], a[e], y);
                case BINARY_CROSS_ENTROPY -> binaryCrossEntropy(z[e], y);
            };
        }
        return sum / a.length;
    }

    double squaredError(double[] a, double[] y) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += 0.5 * (a[k] - y[k]) * (a[k] - y[k]);
        }
        return sum;
    }

    double crossEntropy(double[] z, double[] a, double[] y) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : z) {
            max = Math.max(max, value);
        }
        double sum = 0;
        for (double value : z) {
            sum += Math.exp(value - max);
        }
        double logSumExp = max + Math.log(sum);
        double loss = 0;
        for (int k = 0; k < z.length; k++) {
            loss += y[k] * (logSumExp - z[k]);
        }
        return loss;
    }

    static double binaryCrossEntropy(double[] z, double[] y) {
        double loss = 0;
        for (int k = 0; k < z.length; k++) {
            loss += softplus(z[k]) - y[k] * z[k];
        }
        return loss;
    }

    static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
