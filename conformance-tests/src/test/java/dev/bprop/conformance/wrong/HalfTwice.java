package dev.bprop.conformance.wrong;

/** A second ½ in the mse: ℓ = ¼ Σ (a − y)² and its gradient (a − y)/2. */
final class HalfTwice extends Textbook {
    @Override
    double squaredError(double[] a, double[] y) {
        return super.squaredError(a, y) / 2;
    }

    @Override
    double residual(double a, double y) {
        return (a - y) / 2;
    }
}
