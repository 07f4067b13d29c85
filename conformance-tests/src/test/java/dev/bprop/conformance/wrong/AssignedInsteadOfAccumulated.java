package dev.bprop.conformance.wrong;

/** {@code gradient[j][i] = …} where {@code +=} belongs: each example overwrites the one before. */
final class AssignedInsteadOfAccumulated extends Textbook {
    @Override
    double[][] weightGradient(double[][] deltas, double[][][] a, int l) {
        double[][] gradient = new double[deltas[0].length][a[l - 1][0].length];
        for (int e = 0; e < deltas.length; e++) {
            for (int j = 0; j < gradient.length; j++) {
                for (int i = 0; i < gradient[j].length; i++) {
                    gradient[j][i] = deltas[e][j] * a[l - 1][e][i];
                }
            }
        }
        return gradient;
    }

    @Override
    double[] biasGradient(double[][] deltas) {
        double[] gradient = new double[deltas[0].length];
        for (double[] delta : deltas) {
            for (int j = 0; j < gradient.length; j++) {
                gradient[j] = delta[j];
            }
        }
        return gradient;
    }
}
