package dev.bprop.conformance.wrong;

/** A float64 implementation whose forward pass stores z in float: float32 rounding leaks into every number. */
final class Float32Leak extends Textbook {
    @Override
    double[] preActivation(double[][] weights, double[] bias, double[] previous) {
        double[] z = super.preActivation(weights, bias, previous);
        for (int j = 0; j < z.length; j++) {
            z[j] = (float) z[j];
        }
        return z;
    }
}
