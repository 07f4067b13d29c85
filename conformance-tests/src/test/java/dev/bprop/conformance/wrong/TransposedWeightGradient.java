package dev.bprop.conformance.wrong;

/** ∂J/∂W^l returned as a^(l−1) δᵀ, the transpose of BP4's δ (a^(l−1))ᵀ. */
final class TransposedWeightGradient extends Textbook {
    @Override
    double[][] weightGradient(double[][] deltas, double[][][] a, int l) {
        double[][] gradient = super.weightGradient(deltas, a, l);
        double[][] transposed = new double[gradient[0].length][gradient.length];
        for (int j = 0; j < gradient.length; j++) {
            for (int i = 0; i < gradient[j].length; i++) {
                transposed[i][j] = gradient[j][i];
            }
        }
        return transposed;
    }
}
