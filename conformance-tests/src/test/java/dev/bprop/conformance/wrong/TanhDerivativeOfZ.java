package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Activation;

/** tanh'(z) as 1 − z², the formula 1 − a² with z where a belongs. */
final class TanhDerivativeOfZ extends Textbook {
    @Override
    double derivative(Activation activation, double z) {
        return activation == Activation.TANH ? 1 - z * z : super.derivative(activation, z);
    }
}
