package dev.bprop.conformance.wrong;

/** ∂J/∂b never computed: the bias gradients come back as the zeros they were allocated with. */
final class MissingBiasGradient extends Textbook {
    @Override
    double[] biasGradient(double[][] deltas) {
        return new double[deltas[0].length];
    }
}
