package dev.bprop.conformance.internal.generate;

import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.conformance.spi.Precision;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.EnumSet;
import java.util.Set;

/**
 * Adapters that declare capabilities (KIT-CAPABILITY) and are never called: the plans only read their declarations.
 * Each test makes its capabilities anew (a static field, initialised before a mutant is in place, would not see it).
 */
final class Profiles {
    private Profiles() {
    }

    /** An adapter of the given declarations; null keeps a declaration's default. */
    static MlpCapabilities declaring(Set<Activation> outputs, Set<Activation> hidden, Set<Loss> losses, int minDepth,
            int maxDepth, Precision precision, boolean softmaxWithMse) {
        return MlpCapabilities.of(new MlpImplementation() {
            @Override
            public Result gradient(Problem problem) {
                throw new AssertionError("never called here");
            }

            @Override
            public Set<Activation> outputActivations() {
                return outputs == null ? MlpImplementation.super.outputActivations() : outputs;
            }

            @Override
            public Set<Activation> hiddenActivations() {
                return hidden == null ? MlpImplementation.super.hiddenActivations() : hidden;
            }

            @Override
            public Set<Loss> losses() {
                return losses == null ? MlpImplementation.super.losses() : losses;
            }

            @Override
            public int minDepth() {
                return minDepth;
            }

            @Override
            public int maxDepth() {
                return maxDepth;
            }

            @Override
            public Precision precision() {
                return precision;
            }

            @Override
            public boolean supportsOutput(Activation output, Loss loss) {
                return softmaxWithMse || !(output == Activation.SOFTMAX && loss == Loss.MSE);
            }
        });
    }

    /** Everything, as an adapter that declares nothing. */
    static MlpCapabilities all() {
        return declaring(null, null, null, 1, Integer.MAX_VALUE, Precision.FLOAT64, true);
    }

    /** Everything, computed in float32: a kink margin of 10⁻². */
    static MlpCapabilities allInFloat32() {
        return declaring(null, null, null, 1, Integer.MAX_VALUE, Precision.FLOAT32, true);
    }

    /** Networks of exactly two layers. */
    static MlpCapabilities twoLayersOnly() {
        return declaring(null, null, null, 2, 2, Precision.FLOAT64, true);
    }

    /** Softmax alone on the output layer, mse and cross entropy, softmax not with mse: only cross entropy is posable. */
    static MlpCapabilities softmaxOutputOnly() {
        return declaring(EnumSet.of(Activation.SOFTMAX), null, EnumSet.of(Loss.MSE, Loss.CROSS_ENTROPY), 1,
                Integer.MAX_VALUE, Precision.FLOAT64, false);
    }

    /** No identity output (sigmoid, tanh, softmax) and relu or sigmoid hidden: no tanh where the plan prefers it. */
    static MlpCapabilities withoutIdentityOrTanh() {
        return declaring(EnumSet.of(Activation.SIGMOID, Activation.TANH, Activation.SOFTMAX),
                EnumSet.of(Activation.RELU, Activation.SIGMOID), null, 1, Integer.MAX_VALUE, Precision.FLOAT64, true);
    }
}
