package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Activation;

/** σ'(a) where σ'(z) belongs: the derivative formula applied to a = σ(z), which it already contains. */
final class DerivativeOfTheActivation extends Textbook {
    @Override
    double derivative(Activation activation, double z) {
        return activation == Activation.SIGMOID ? super.derivative(activation, sigmoid(z))
                : super.derivative(activation, z);
    }
}
