package org.example.tinynet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tiny multilayer perceptron, the library under test: dense layers of identity, tanh or relu units, the mean over
 * the batch of ½‖a − y‖² as the loss, and its gradient by backpropagation, one example at a time. Like many
 * libraries it takes relu'(0) = 1, the right-hand derivative, where bprop's spec takes 0: a convention.
 */
public final class TinyNet {
    private final List<double[][]> weights = new ArrayList<>();
    private final List<double[]> biases = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();

    /** The units a layer may have: the function g and its derivative g'. */
    public enum Unit {
        IDENTITY, TANH, RELU;

        double apply(double z) {
            return switch (this) {
                case IDENTITY -> z;
                case TANH -> Math.tanh(z);
                case RELU -> Math.max(0, z);
            };
        }

        /** tanh'(z) = 1 / cosh²(z): 1 − tanh²(z) would round to 0 for a saturated unit, whose slope is tiny. */
        double derivative(double z) {
            return switch (this) {
                case IDENTITY -> 1;
                case TANH -> 1 / Math.pow(Math.cosh(z), 2);
                case RELU -> z >= 0 ? 1 : 0;
            };
        }
    }

    /** Adds a dense layer; row j of {@code w} holds the weights into unit j. */
    public TinyNet dense(double[][] w, double[] b, Unit unit) {
        weights.add(w);
        biases.add(b);
        units.add(unit);
        return this;
    }

    /** The loss, the outputs and the gradients of every layer's weights and biases for the batch {@code x, y}. */
    public Pass pass(double[][] x, double[][] y) {
        int depth = weights.size();
        int m = x.length;
        double[][][] weightGradients = new double[depth][][];
        double[][] biasGradients = new double[depth][];
        for (int l = 0; l < depth; l++) {
            weightGradients[l] = new double[weights.get(l).length][weights.get(l)[0].length];
            biasGradients[l] = new double[biases.get(l).length];
        }
        double loss = 0;
        double[][] outputs = new double[m][];
        for (int e = 0; e < m; e++) {
            double[][] z = new double[depth + 1][];
            double[][] a = new double[depth + 1][];
            a[0] = x[e];
            for (int l = 0; l < depth; l++) {
                z[l + 1] = preActivation(l, a[l]);
                a[l + 1] = activation(l, z[l + 1]);
            }
            outputs[e] = a[depth];
            double[] g = new double[a[depth].length];
            for (int k = 0; k < g.length; k++) {
                double difference = a[depth][k] - y[e][k];
                loss += 0.5 * difference * difference / m;
                g[k] = difference / m;
            }
            for (int l = depth - 1; l >= 0; l--) {
                double[][] w = weights.get(l);
                double[] below = new double[a[l].length];
                for (int j = 0; j < g.length; j++) {
                    double delta = g[j] * units.get(l).derivative(z[l + 1][j]);
                    biasGradients[l][j] += delta;
                    for (int i = 0; i < below.length; i++) {
                        weightGradients[l][j][i] += delta * a[l][i];
                        below[i] += w[j][i] * delta;
                    }
                }
                g = below;
            }
        }
        return new Pass(loss, outputs, weightGradients, biasGradients);
    }

    private double[] preActivation(int l, double[] input) {
        double[][] w = weights.get(l);
        double[] z = biases.get(l).clone();
        for (int j = 0; j < w.length; j++) {
            for (int i = 0; i < input.length; i++) {
                z[j] += w[j][i] * input[i];
            }
        }
        return z;
    }

    private double[] activation(int l, double[] z) {
        return Arrays.stream(z).map(units.get(l)::apply).toArray();
    }

    /** What one pass computed; index l is the (l+1)-th layer. */
    public record Pass(double loss, double[][] outputs, double[][][] weightGradients, double[][] biasGradients) {
    }
}
