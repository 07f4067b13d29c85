package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Activation;

/** leaky_relu with the common default slope 0.01 in its derivative where ACT-LEAKY-RELU has 0.1. */
final class LeakyReluSlopeOneHundredth extends Textbook {
    @Override
    double derivative(Activation activation, double z) {
        return activation == Activation.LEAKY_RELU && z <= 0 ? 0.01 : super.derivative(activation, z);
    }
}
