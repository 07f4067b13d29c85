package dev.bprop.conformance.wrong;

/** The gradient loops stop at e < m − 1: the last example of the batch never contributes. */
final class LastExampleDropped extends Textbook {
    @Override
    double[][] weightGradient(double[][] deltas, double[][][] a, int l) {
        double[][] gradient = new double[deltas[0].length][a[l - 1][0].length];
        for (int e = 0; e < deltas.length - 1; e++) {
            for (int j = 0; j < gradient.length; j++) {
                for (int i = 0; i < gradient[j].length; i++) {
                    gradient[j][i] += deltas[e][j] * a[l - 1][e][i];
                }
            }
        }
        return gradient;
    }

    @Override
    double[] biasGradient(double[][] deltas) {
        double[] gradient = new double[deltas[0].length];
        for (int e = 0; e < deltas.length - 1; e++) {
            for (int j = 0; j < gradient.length; j++) {
                gradient[j] += deltas[e][j];
            }
        }
        return gradient;
    }
}
