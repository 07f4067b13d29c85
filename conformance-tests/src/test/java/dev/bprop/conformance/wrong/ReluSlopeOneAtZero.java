package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Activation;

/** relu'(0) = 1, the right-hand derivative, where ACT-KINK takes the left-hand 0: only the optional clause differs. */
final class ReluSlopeOneAtZero extends Textbook {
    @Override
    double derivative(Activation activation, double z) {
        return activation == Activation.RELU && z == 0 ? 1 : super.derivative(activation, z);
    }
}
