package dev.bprop.conformance.wrong;

/** The loss keeps LOSS-MSE's ½ but its derivative is written 2(a − y), the derivative of Σ(a − y)². */
final class GradientWithoutTheHalf extends Textbook {
    @Override
    double residual(double a, double y) {
        return 2 * (a - y);
    }
}
