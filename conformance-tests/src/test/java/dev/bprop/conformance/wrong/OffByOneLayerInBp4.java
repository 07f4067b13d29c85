package dev.bprop.conformance.wrong;

/** BP4 with a^l where a^(l−1) belongs: the activations array indexed from 1 where it starts at the input. */
final class OffByOneLayerInBp4 extends Textbook {
    @Override
    double[][] weightGradient(double[][] deltas, double[][][] a, int l) {
        return super.weightGradient(deltas, a, l + 1);
    }
}
