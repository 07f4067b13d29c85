package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Activation;

/** hardtanh'(z) = 1 everywhere: the clipping ignored in the backward pass. */
final class HardtanhDerivativeOne extends Textbook {
    @Override
    double derivative(Activation activation, double z) {
        return activation == Activation.HARDTANH ? 1 : super.derivative(activation, z);
    }
}
