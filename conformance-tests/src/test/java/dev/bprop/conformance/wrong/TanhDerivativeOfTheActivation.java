package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Activation;

/** tanh'(a): the derivative formula applied to the stored activation a = tanh z, so 1 − tanh²(tanh z). */
final class TanhDerivativeOfTheActivation extends Textbook {
    @Override
    double derivative(Activation activation, double z) {
        if (activation != Activation.TANH) {
            return super.derivative(activation, z);
        }
        double a = Math.tanh(z);
        double t = Math.tanh(a);
        return 1 - t * t;
    }
}
