package dev.bprop.reference.mlp;

import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Problem;

/**
 * An independent forward pass written straight from the slides, one example at a time with plain loops and the
 * textbook (not the stabilised) formulas. The property tests differentiate it numerically, so that the gradient
 * under test is checked against code it shares nothing with. Only for moderate numbers.
 */
final class TextbookNetwork {
    private TextbookNetwork() {
    }

    /** J of the problem, the mean over its examples. */
    static double loss(Problem problem) {
        double sum = 0;
        for (int e = 0; e < problem.batchSize(); e++) {
            double[] a = problem.inputs()[e];
            for (Layer layer : problem.layers()) {
                a = activate(layer, weightedInput(layer, a));
            }
            sum += exampleLoss(problem, a, problem.targets()[e]);
        }
        return sum / problem.batchSize();
    }

    /**
     * A fingerprint of the piece each unit's z lies on for the kinked activations (relu, leaky_relu: z &gt; 0;
     * hardtanh: below, inside or above [−1, 1]). Two problems with the same fingerprint are on the same smooth
     * piece, where a finite difference is valid.
     */
    static String pieces(Problem problem) {
        StringBuilder pieces = new StringBuilder();
        for (int e = 0; e < problem.batchSize(); e++) {
            double[] a = problem.inputs()[e];
            for (Layer layer : problem.layers()) {
                double[] z = weightedInput(layer, a);
                for (double value : z) {
                    pieces.append(value > 0 ? '+' : '-').append(value > 1 ? '>' : value < -1 ? '<' : '=');
                }
                a = activate(layer, z);
            }
        }
        return pieces.toString();
    }

    /** The smallest distance of any kinked unit's z from its kink, over all examples. */
    static double distanceFromKinks(Problem problem) {
        double distance = Double.POSITIVE_INFINITY;
        for (int e = 0; e < problem.batchSize(); e++) {
            double[] a = problem.inputs()[e];
            for (Layer layer : problem.layers()) {
                double[] z = weightedInput(layer, a);
                for (double value : z) {
                    distance = switch (layer.activation()) {
                        case RELU, LEAKY_RELU -> Math.min(distance, Math.abs(value));
                        case HARDTANH -> Math.min(distance, Math.min(Math.abs(value - 1), Math.abs(value + 1)));
                        default -> distance;
                    };
                }
                a = activate(layer, z);
            }
        }
        return distance;
    }

    private static double[] weightedInput(Layer layer, double[] a) {
        double[] z = new double[layer.outputs()];
        for (int j = 0; j < z.length; j++) {
            z[j] = layer.bias(j);
            for (int i = 0; i < a.length; i++) {
                z[j] += layer.weight(j, i) * a[i];
            }
        }
        return z;
    }

    private static double[] activate(Layer layer, double[] z) {
        double[] a = new double[z.length];
        double expSum = 0;
        for (double value : z) {
            expSum += Math.exp(value);
        }
        for (int j = 0; j < z.length; j++) {
            double v = z[j];
            a[j] = switch (layer.activation()) {
                case IDENTITY -> v;
                case SIGMOID -> 1 / (1 + Math.exp(-v));
                case TANH -> Math.tanh(v);
                case HARDTANH -> v < -1 ? -1 : v > 1 ? 1 : v;
                case RELU -> v > 0 ? v : 0;
                case LEAKY_RELU -> v > 0 ? v : 0.1 * v;
                case SOFTMAX -> Math.exp(v) / expSum;
            };
        }
        return a;
    }

    private static double exampleLoss(Problem problem, double[] a, double[] y) {
        double loss = 0;
        for (int k = 0; k < a.length; k++) {
            loss += switch (problem.loss()) {
                case MSE -> 0.5 * (a[k] - y[k]) * (a[k] - y[k]);
                case CROSS_ENTROPY -> -y[k] * Math.log(a[k]);
                case BINARY_CROSS_ENTROPY -> -(y[k] * Math.log(a[k]) + (1 - y[k]) * Math.log(1 - a[k]));
            };
        }
        return loss;
    }
}
