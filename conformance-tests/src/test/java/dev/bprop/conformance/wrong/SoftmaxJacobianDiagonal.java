package dev.bprop.conformance.wrong;

/** The softmax Jacobian reduced to its diagonal: δ_j = a_j (1 − a_j) g_j. */
final class SoftmaxJacobianDiagonal extends Textbook {
    @Override
    double[] softmaxJacobian(double[] a, double[] g) {
        double[] delta = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            delta[j] = a[j] * (1 - a[j]) * g[j];
        }
        return delta;
    }
}
