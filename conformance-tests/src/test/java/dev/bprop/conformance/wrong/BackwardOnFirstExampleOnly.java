package dev.bprop.conformance.wrong;

/** The gradient loops run over example 0 only (a loop bound of 1 left from debugging), still divided by m. */
final class BackwardOnFirstExampleOnly extends Textbook {
    @Override
    double[][] weightGradient(double[][] deltas, double[][][] a, int l) {
        double[][] gradient = new double[deltas[0].length][a[l - 1][0].length];
        for (int j = 0; j < gradient.length; j++) {
            for (int i = 0; i < gradient[j].length; i++) {
                gradient[j][i] = deltas[0][j] * a[l - 1][0][i];
            }
        }
        return gradient;
    }

    @Override
    double[] biasGradient(double[][] deltas) {
        return deltas[0].clone();
    }
}
