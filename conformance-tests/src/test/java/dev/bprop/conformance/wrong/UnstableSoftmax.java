package dev.bprop.conformance.wrong;

/** softmax as exp(z)/Σ exp(z) and cross entropy as −Σ y ln a (ERR-13): ∞/∞ and ln 0 at large logits. */
final class UnstableSoftmax extends Textbook {
    @Override
    double[] softmax(double[] z) {
        double[] a = new double[z.length];
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            a[k] = Math.exp(z[k]);
            sum += a[k];
        }
        for (int k = 0; k < z.length; k++) {
            a[k] /= sum;
        }
        return a;
    }

    @Override
    double crossEntropy(double[] z, double[] a, double[] y) {
        double loss = 0;
        for (int k = 0; k < a.length; k++) {
            loss -= y[k] * Math.log(a[k]);
        }
        return loss;
    }
}
