package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Activation;

/** Correct, with a sigmoid that returns 0 below z = −36, where σ(z) < 2.4·10⁻¹⁶ is below float64's resolution of 1. */
final class ClippingSigmoid extends Textbook {
    @Override
    double[] activate(Activation activation, double[] z) {
        double[] a = super.activate(activation, z);
        if (activation == Activation.SIGMOID) {
            for (int j = 0; j < z.length; j++) {
                a[j] = z[j] < -36 ? 0 : a[j];
            }
        }
        return a;
    }

    @Override
    double derivative(Activation activation, double z) {
        return activation == Activation.SIGMOID && z < -36 ? 0 : super.derivative(activation, z);
    }
}
