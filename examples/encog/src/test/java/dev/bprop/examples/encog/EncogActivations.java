package dev.bprop.examples.encog;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.LayerIndex;
import java.util.EnumSet;
import java.util.Set;
import org.encog.engine.network.activation.ActivationClippedLinear;
import org.encog.engine.network.activation.ActivationFunction;
import org.encog.engine.network.activation.ActivationLinear;
import org.encog.engine.network.activation.ActivationReLU;
import org.encog.engine.network.activation.ActivationSigmoid;
import org.encog.engine.network.activation.ActivationSoftMax;
import org.encog.engine.network.activation.ActivationTANH;

/**
 * Which Encog 3.4 activation computes each ACT-* function of the spec.
 *
 * <ul>
 * <li>ACT-IDENTITY: {@link ActivationLinear}; ACT-SIGMOID: {@link ActivationSigmoid}; ACT-TANH:
 * {@link ActivationTANH}; ACT-SOFTMAX: {@link ActivationSoftMax}.</li>
 * <li>ACT-RELU: {@link ActivationReLU} with its defaults (threshold 0, low 0), which is max(0, z) and whose
 * derivative is 0 for z ≤ 0, the spec's ACT-KINK convention.</li>
 * <li>ACT-HARDTANH: {@link ActivationClippedLinear}, which clips z to [−1, 1]: the same g as the spec's.</li>
 * <li>ACT-LEAKY-RELU: none. {@code ActivationReLU(threshold, low)} sets z ≤ threshold to the <em>constant</em>
 * {@code low}, not to a slope times z, and no other Encog 3.4 activation has slope 0.1 below 0; so leaky_relu is
 * not declared and its cases are skipped.</li>
 * </ul>
 */
final class EncogActivations {
    private EncogActivations() {
    }

    /** The activations Encog 3.4 has. */
    static Set<Activation> supported() {
        return EnumSet.complementOf(EnumSet.of(Activation.LEAKY_RELU));
    }

    /** A new Encog activation computing {@code activation} for layer {@code layer} (named in the error). */
    static ActivationFunction of(Activation activation, int layer) {
        return switch (activation) {
            case IDENTITY -> new ActivationLinear();
            case SIGMOID -> new ActivationSigmoid();
            case TANH -> new ActivationTANH();
            case HARDTANH -> new ActivationClippedLinear();
            case RELU -> new ActivationReLU();
            case SOFTMAX -> new ActivationSoftMax();
            case LEAKY_RELU -> throw new IllegalArgumentException(LayerIndex.layerPlace(layer)
                    + ".activation: Encog 3.4 has no leaky_relu (ActivationReLU's 'low' is a constant, not a slope)");
        };
    }
}
