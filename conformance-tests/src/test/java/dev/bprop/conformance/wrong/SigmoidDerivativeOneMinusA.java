package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Activation;

/** σ'(z) as 1 − σ(z): the factor σ(z) of σ(z)(1 − σ(z)) forgotten. */
final class SigmoidDerivativeOneMinusA extends Textbook {
    @Override
    double derivative(Activation activation, double z) {
        return activation == Activation.SIGMOID ? 1 - sigmoid(z) : super.derivative(activation, z);
    }
}
