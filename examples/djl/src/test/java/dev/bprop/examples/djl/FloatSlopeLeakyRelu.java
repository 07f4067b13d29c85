package dev.bprop.examples.djl;

import dev.bprop.conformance.internal.diagnose.model.PlainBackprop;
import dev.bprop.spec.mlp.Activation;

/**
 * The spec's backpropagation (the kit's {@link PlainBackprop}) with DJL's leaky relu: the slope 0.1 reaches PyTorch
 * as the float 0.1f = 0.100000001490116… ({@code Activation.leakyRelu(NDArray, float)}, FINDINGS.md#leaky-relu-slope),
 * in the forward pass, a = 0.1f·z for z ≤ 0, and in the backward pass, g'(z) = 0.1f for z ≤ 0 (PyTorch's
 * {@code leaky_relu_backward} takes the slope for z ≤ 0). Every other step is the spec's. The kit's catalogue model
 * {@code leaky-relu-slope-float} puts the float slope in the derivative alone (DL4J's bug), so it does not reproduce
 * DJL's numbers; this computation does.
 */
final class FloatSlopeLeakyRelu extends PlainBackprop {
    /** The slope as DJL passes it on: 0.1 rounded to a float and widened back. */
    static final double SLOPE = (double) 0.1f;

    @Override
    protected double[] activate(Activation activation, double[] z) {
        if (activation != Activation.LEAKY_RELU) {
            return super.activate(activation, z);
        }
        double[] a = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            a[j] = z[j] > 0 ? z[j] : SLOPE * z[j];
        }
        return a;
    }

    @Override
    protected double derivative(Activation activation, double z, double a) {
        return activation == Activation.LEAKY_RELU ? (z > 0 ? 1 : SLOPE) : super.derivative(activation, z, a);
    }
}
