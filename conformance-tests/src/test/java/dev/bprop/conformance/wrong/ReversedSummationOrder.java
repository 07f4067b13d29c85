package dev.bprop.conformance.wrong;

/** Correct, with every sum taken in the opposite order: only the rounding differs, which the tolerance allows. */
final class ReversedSummationOrder extends Textbook {
    @Override
    double[] preActivation(double[][] weights, double[] bias, double[] previous) {
        double[] z = new double[bias.length];
        for (int j = 0; j < z.length; j++) {
            double sum = 0;
            for (int i = previous.length - 1; i >= 0; i--) {
                sum += weights[j][i] * previous[i];
            }
            z[j] = sum + bias[j];
        }
        return z;
    }

    @Override
    double[][] weightGradient(double[][] deltas, double[][][] a, int l) {
        double[][] gradient = new double[deltas[0].length][a[l - 1][0].length];
        for (int e = deltas.length - 1; e >= 0; e--) {
            for (int j = 0; j < gradient.length; j++) {
                for (int i = 0; i < gradient[j].length; i++) {
                    gradient[j][i] += deltas[e][j] * a[l - 1][e][i];
                }
            }
        }
        return gradient;
    }
}
