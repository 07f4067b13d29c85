package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Activation;

/** tanh'(z) as (1 − tanh z)², the square taken of the difference instead of the activation. */
final class TanhDerivativeSquaredWrongly extends Textbook {
    @Override
    double derivative(Activation activation, double z) {
        if (activation != Activation.TANH) {
            return super.derivative(activation, z);
        }
        double oneMinus = 1 - Math.tanh(z);
        return oneMinus * oneMinus;
    }
}
