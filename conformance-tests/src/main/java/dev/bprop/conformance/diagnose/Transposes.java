package dev.bprop.conformance.diagnose;

/** Whether a found square matrix is the transpose of the expected one (to six digits), and not the matrix itself. */
final class Transposes {
    private Transposes() {
    }

    static boolean matches(double[][] expected, double[][] found) {
        int n = expected.length;
        if (n < 2 || expected[0].length != n) {
            return false;
        }
        double scale = 0;
        for (double[] row : expected) {
            for (double value : row) {
                scale = Math.max(scale, Math.abs(value));
            }
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (!(Math.abs(found[j][i] - expected[i][j]) <= 1e-6 * scale)) {
                    return false;
                }
            }
        }
        return true;
    }
}
