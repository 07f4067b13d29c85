package dev.bprop.conformance.wrong;

/** J = Σ (a − y)² without LOSS-MSE's ½, and its gradient 2(a − y). */
final class ForgottenHalf extends Textbook {
    @Override
    double squaredError(double[] a, double[] y) {
        return 2 * super.squaredError(a, y);
    }

    @Override
    double residual(double a, double y) {
        return 2 * (a - y);
    }
}
