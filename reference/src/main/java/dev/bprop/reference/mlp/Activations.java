package dev.bprop.reference.mlp;

import dev.bprop.spec.mlp.Activation;

/** Maps the spec's activation names to their evaluation over a batch (clause FWD-A). */
final class Activations {
    private Activations() {
    }

    /** The element-wise activation named {@code activation}; softmax is not one (it couples the units). */
    static ElementwiseActivation elementwise(Activation activation) {
        return switch (activation) {
            case IDENTITY -> ElementwiseActivation.IDENTITY;
            case SIGMOID -> ElementwiseActivation.SIGMOID;
            case TANH -> ElementwiseActivation.TANH;
            case HARDTANH -> ElementwiseActivation.HARDTANH;
            case RELU -> ElementwiseActivation.RELU;
            case LEAKY_RELU -> ElementwiseActivation.LEAKY_RELU;
            case SOFTMAX -> throw new IllegalArgumentException("softmax is not element-wise; it has a Jacobian");
        };
    }

    /** A^l = g^l(Z^l), row by row: softmax acts on each example's row, the others on each entry. */
    static Matrix apply(Activation activation, Matrix preActivations) {
        if (activation == Activation.SOFTMAX) {
            return preActivations.mapRows(Softmax::of);
        }
        return preActivations.map(elementwise(activation)::value);
    }

    /** g'(Z^l) entry by entry, for an element-wise g (clause ACT-KINK at the kinks). */
    static Matrix derivative(Activation activation, Matrix preActivations) {
        return preActivations.map(elementwise(activation)::derivative);
    }
}
