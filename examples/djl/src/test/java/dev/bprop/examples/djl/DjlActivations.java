package dev.bprop.examples.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import java.util.EnumSet;
import java.util.Set;

/**
 * The spec's activations (ACT-*) as DJL computes them, each with the operation a DJL user would reach for. PyTorch
 * differentiates each of them itself; the adapter adds no derivative of its own.
 */
final class DjlActivations {
    /**
     * The slope of leaky_relu below 0 as DJL's API takes it. {@link Activation#leakyRelu(NDArray, float)} (and
     * {@code NDArrayEx.leakyRelu(float)} under it) accept only a {@code float}, so the slope reaching PyTorch is the
     * float nearest 0.1 widened to double, 0.100000001490116…, not the double nearest 0.1 that ACT-LEAKY-RELU asks
     * for. The adapter passes DJL exactly what its API allows; FINDINGS.md reports the difference.
     */
    static final float LEAKY_RELU_SLOPE = 0.1f;

    private DjlActivations() {
    }

    /** Every activation of the spec: DJL has an operation for each (hardtanh as {@code clip}, see below). */
    static Set<dev.bprop.spec.mlp.Activation> supported() {
        return EnumSet.allOf(dev.bprop.spec.mlp.Activation.class);
    }

    /**
     * g(z) for a batch of pre-activations, one row per example (FWD-A).
     *
     * <ul>
     * <li>identity: z itself, so autograd passes the gradient straight through;</li>
     * <li>sigmoid, tanh, relu: {@link Activation#sigmoid}, {@link Activation#tanh}, {@link Activation#relu}
     * (PyTorch's {@code sigmoid}, {@code tanh}, {@code relu});</li>
     * <li>leaky_relu: {@link Activation#leakyRelu} with slope {@link #LEAKY_RELU_SLOPE};</li>
     * <li>hardtanh: DJL has no hardtanh activation; {@code z.clip(-1, 1)} (PyTorch's {@code clamp}) is its
     * definition (ACT-HARDTANH);</li>
     * <li>softmax: {@link NDArray#softmax(int)} over each row (ACT-SOFTMAX).</li>
     * </ul>
     */
    static NDArray apply(dev.bprop.spec.mlp.Activation activation, NDArray z) {
        return switch (activation) {
            case IDENTITY -> z;
            case SIGMOID -> Activation.sigmoid(z);
            case TANH -> Activation.tanh(z);
            case RELU -> Activation.relu(z);
            case LEAKY_RELU -> Activation.leakyRelu(z, LEAKY_RELU_SLOPE);
            case HARDTANH -> z.clip(-1.0, 1.0);
            case SOFTMAX -> z.softmax(-1);
        };
    }
}
