package dev.bprop.conformance.internal.generate;

import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.conformance.spi.Precision;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an MLP implementation declares it supports, read once from its adapter (clause KIT-CAPABILITY): the
 * activations it allows on the output layer and on hidden layers, the losses, the output activation–loss pairs it
 * cannot combine, the range of depths L, and the precision it computes in.
 *
 * @param outputActivations the activations allowed on layer L (already within the adapter's {@code activations()})
 * @param hiddenActivations the activations allowed on layers 1..L−1 (likewise)
 * @param unsupportedOutputs the pairs of an output activation and a loss the implementation does not combine
 */
public record MlpCapabilities(Set<Activation> outputActivations, Set<Activation> hiddenActivations, Set<Loss> losses,
        Set<OutputPair> unsupportedOutputs, int minDepth, int maxDepth, Precision precision) {

    /** An activation of the output layer together with a loss. */
    public record OutputPair(Activation output, Loss loss) {
    }

    public MlpCapabilities {
        outputActivations = Set.copyOf(outputActivations);
        hiddenActivations = Set.copyOf(hiddenActivations);
        losses = Set.copyOf(losses);
        unsupportedOutputs = Set.copyOf(unsupportedOutputs);
    }

    public static MlpCapabilities of(MlpImplementation implementation) {
        Set<Activation> declared = implementation.activations();
        Set<OutputPair> unsupported = Arrays.stream(Activation.values())
                .flatMap(a -> Arrays.stream(Loss.values()).map(loss -> new OutputPair(a, loss)))
                .filter(pair -> !implementation.supportsOutput(pair.output(), pair.loss()))
                .collect(Collectors.toSet());
        return new MlpCapabilities(within(declared, implementation.outputActivations()),
                within(declared, implementation.hiddenActivations()), implementation.losses(), unsupported,
                implementation.minDepth(), implementation.maxDepth(), implementation.precision());
    }

    private static Set<Activation> within(Set<Activation> declared, Set<Activation> atPosition) {
        return atPosition.stream().filter(declared::contains).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(Activation.class)));
    }

    /** The activations other than softmax allowed on hidden layers, in declaration order. */
    public List<Activation> hiddenElementwise() {
        return elementwise(hiddenActivations);
    }

    /** The activations other than softmax allowed on the output layer with {@code loss}, in declaration order. */
    public List<Activation> elementwiseOutputs(Loss loss) {
        return elementwise(outputActivations).stream().filter(a -> supports(a, loss)).toList();
    }

    /** Whether layer L may have {@code output} with {@code loss}. */
    public boolean supports(Activation output, Loss loss) {
        return outputActivations.contains(output) && losses.contains(loss)
                && !unsupportedOutputs.contains(new OutputPair(output, loss));
    }

    /** Whether a network of {@code depth} layers may be posed. */
    public boolean supportsDepth(int depth) {
        return depth >= minDepth && depth <= maxDepth;
    }

    private static List<Activation> elementwise(Set<Activation> allowed) {
        return Arrays.stream(Activation.values()).filter(a -> a != Activation.SOFTMAX && allowed.contains(a)).toList();
    }

    /** Why {@code problem} cannot be posed to the implementation, if it cannot: the first rule it breaks. */
    public Optional<String> unsupported(Problem problem) {
        int depth = problem.depth();
        Activation output = problem.layer(depth).activation();
        if (!losses.contains(problem.loss())) {
            return Optional.of("the implementation does not declare the loss " + problem.loss().fileName());
        }
        if (!supportsDepth(depth)) {
            return Optional.of("the implementation declares depths " + minDepth + " to " + maxDepth
                    + ", the problem has " + depth + " layers");
        }
        for (int l = 1; l < depth; l++) {
            Activation hidden = problem.layer(l).activation();
            if (!hiddenActivations.contains(hidden)) {
                return Optional.of("the implementation does not declare the activation " + hidden.fileName()
                        + " on a hidden layer (layer " + l + ")");
            }
        }
        if (!outputActivations.contains(output)) {
            return Optional.of("the implementation does not declare the activation " + output.fileName()
                    + " on the output layer");
        }
        if (unsupportedOutputs.contains(new OutputPair(output, problem.loss()))) {
            return Optional.of("the implementation does not combine the output activation " + output.fileName()
                    + " with the loss " + problem.loss().fileName());
        }
        return Optional.empty();
    }

    /** The margin generated pre-activations keep from a kink: wider where rounding is coarser. */
    public double kinkMargin() {
        return precision == Precision.FLOAT64 ? 1e-6 : 1e-2;
    }
}
