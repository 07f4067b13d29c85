package dev.bprop.conformance.wrong;

/** δ^L = (y − a)/m: the gradient of −J, which descent would climb. */
final class WrongSign extends Textbook {
    @Override
    double residual(double a, double y) {
        return y - a;
    }
}
