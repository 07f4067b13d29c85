package dev.bprop.conformance.generate;

import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.conformance.spi.Precision;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What an MLP implementation declares it supports, read once from its adapter. */
public record MlpCapabilities(Set<Activation> activations, Set<Loss> losses, Precision precision) {
    public MlpCapabilities {
        activations = activations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(activations));
        losses = losses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(losses));
    }

    public static MlpCapabilities of(MlpImplementation implementation) {
        return new MlpCapabilities(implementation.activations(), implementation.losses(), implementation.precision());
    }

    /** The supported activations other than softmax, in declaration order: the ones hidden layers may have. */
    public List<Activation> elementwise() {
        return Arrays.stream(Activation.values()).filter(a -> a != Activation.SOFTMAX && activations.contains(a))
                .toList();
    }

    /** Why {@code problem} cannot be posed to the implementation, if it cannot. */
    public Optional<String> unsupported(Problem problem) {
        if (!losses.contains(problem.loss())) {
            return Optional.of("the implementation does not declare the loss " + problem.loss().fileName());
        }
        return problem.layers().stream().map(Layer::activation).filter(a -> !activations.contains(a)).findFirst()
                .map(a -> "the implementation does not declare the activation " + a.fileName());
    }

    /** The margin generated pre-activations keep from a kink: wider where rounding is coarser. */
    public double kinkMargin() {
        return precision == Precision.FLOAT64 ? 1e-6 : 1e-2;
    }
}
