package dev.bprop.conformance.wrong;

/** ∂J/∂b^l taken from the first example's δ, not summed over the batch. */
final class BiasFromFirstExample extends Textbook {
    @Override
    double[] biasGradient(double[][] deltas) {
        return deltas[0].clone();
    }
}
