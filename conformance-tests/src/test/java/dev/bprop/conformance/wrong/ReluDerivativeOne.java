package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Activation;

/** relu's backward pass passes the error through unchanged, as the identity's would. */
final class ReluDerivativeOne extends Textbook {
    @Override
    double derivative(Activation activation, double z) {
        return activation == Activation.RELU ? 1 : super.derivative(activation, z);
    }
}
