package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Activation;

/** The slope held in a float field: 0.1f, which is 0.100000001490116 as a double. */
final class LeakyReluSlopeInFloat extends Textbook {
    private final float slope = 0.1f;

    @Override
    double derivative(Activation activation, double z) {
        return activation == Activation.LEAKY_RELU && z <= 0 ? slope : super.derivative(activation, z);
    }
}
