package dev.bprop.conformance.problem;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Problem;

/**
 * The forward pass (clauses FWD-Z, FWD-A) as far as the generators and the shrinker need it: z^l and a^l of every
 * layer and example. It is computed here rather than by the reference on purpose: the problems the suites pose
 * must not depend on the code they may be testing (the reference itself, under mutation testing).
 */
public final class PreActivations {
    private final double[][][] z;
    private final double[][][] a;

    private PreActivations(double[][][] z, double[][][] a) {
        this.z = z;
        this.a = a;
    }

    public static PreActivations of(Problem problem) {
        int depth = problem.depth();
        double[][][] z = new double[depth + 1][][];
        double[][][] a = new double[depth + 1][][];
        a[0] = problem.inputs();
        for (int l = 1; l <= depth; l++) {
            double[][] weights = problem.layer(l).weights();
            double[] bias = problem.layer(l).bias();
            Activation activation = problem.layer(l).activation();
            z[l] = new double[a[l - 1].length][bias.length];
            a[l] = new double[a[l - 1].length][];
            for (int e = 0; e < z[l].length; e++) {
                for (int j = 0; j < bias.length; j++) {
                    double sum = bias[j];
                    for (int i = 0; i < weights[j].length; i++) {
                        sum += weights[j][i] * a[l - 1][e][i];
                    }
                    z[l][e][j] = sum;
                }
                a[l][e] = activate(activation, z[l][e]);
            }
        }
        return new PreActivations(z, a);
    }

    /** z^l_ej for l = 1..L. */
    public double z(int l, int e, int j) {
        return z[l][e][j];
    }

    /** The rows a^l_e of all examples for l = 0..L (a^0 = x); a copy. */
    public double[][] activations(int l) {
        double[][] copy = new double[a[l].length][];
        for (int e = 0; e < copy.length; e++) {
            copy[e] = a[l][e].clone();
        }
        return copy;
    }

    /** max over examples and units of |z^l|. */
    public double largestMagnitude(int l) {
        double largest = 0;
        for (double[] row : z[l]) {
            for (double value : row) {
                largest = Math.max(largest, Math.abs(value));
            }
        }
        return largest;
    }

    private static double[] activate(Activation activation, double[] z) {
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
        for (int k = 0; k < z.length; k++) {
            a[k] = switch (activation) {
                case IDENTITY -> z[k];
                case SIGMOID -> 0.5 * (1 + Math.tanh(z[k] / 2));
                case TANH -> Math.tanh(z[k]);
                case HARDTANH -> Math.max(-1, Math.min(1, z[k]));
                case RELU -> Math.max(0, z[k]);
                case LEAKY_RELU -> z[k] > 0 ? z[k] : 0.1 * z[k];
                case SOFTMAX -> throw new IllegalStateException("softmax is handled above");
            };
        }
        return a;
    }
}
