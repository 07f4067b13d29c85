package org.example.positional;

import dev.bprop.conformance.MlpConformanceSuite;
import dev.bprop.conformance.reference.ReferenceMlpImplementation;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.conformance.spi.UnsupportedProblemException;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.EnumSet;
import java.util.Set;

/**
 * A library that builds networks of 2 or 3 layers with relu or tanh hidden units and a softmax, sigmoid or identity
 * output (never softmax with mse), and cannot take batches of more than 16 examples: it says so in its
 * declarations and, for the batch, by throwing. Standing in for it: the kit's reference, which fails the build
 * should the kit ever pose a problem outside the declarations.
 */
class PositionalConformanceTest extends MlpConformanceSuite {
    @Override
    protected MlpImplementation implementation() {
        return new MlpImplementation() {
            @Override
            public Result gradient(Problem problem) {
                if (!hiddenActivations().containsAll(problem.layers().subList(0, problem.depth() - 1).stream()
                        .map(layer -> layer.activation()).toList())
                        || !outputActivations().contains(problem.layer(problem.depth()).activation())
                        || problem.depth() < minDepth() || problem.depth() > maxDepth()) {
                    throw new IllegalStateException("the kit posed a problem outside the declarations");
                }
                if (problem.batchSize() > 16) {
                    throw new UnsupportedProblemException("batches of more than 16 examples");
                }
                return new ReferenceMlpImplementation().gradient(problem);
            }

            @Override
            public Set<Activation> outputActivations() {
                return EnumSet.of(Activation.SOFTMAX, Activation.SIGMOID, Activation.IDENTITY);
            }

            @Override
            public Set<Activation> hiddenActivations() {
                return EnumSet.of(Activation.RELU, Activation.TANH);
            }

            @Override
            public int minDepth() {
                return 2;
            }

            @Override
            public int maxDepth() {
                return 3;
            }

            @Override
            public boolean supportsOutput(Activation output, Loss loss) {
                return !(output == Activation.SOFTMAX && loss == Loss.MSE);
            }
        };
    }
}
