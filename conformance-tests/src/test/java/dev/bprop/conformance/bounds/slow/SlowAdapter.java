package dev.bprop.conformance.bounds.slow;

import dev.bprop.conformance.bounds.ForwardOnly;
import dev.bprop.conformance.bounds.RuntimeBoundsImplementation;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What the slow adapters share: their capabilities (tanh, identity, mse) and a forward pass of their own. */
abstract class SlowAdapter implements RuntimeBoundsImplementation {
    @Override
    public Set<Activation> activations() {
        return DenseNetwork.ACTIVATIONS;
    }

    @Override
    public Set<Loss> losses() {
        return EnumSet.of(Loss.MSE);
    }

    @Override
    public Optional<ForwardOnly> forwardOnly() {
        return Optional.of(problem -> {
            DenseNetwork network = DenseNetwork.of(problem);
            return network.loss(network.forward()[network.depth()]);
        });
    }
}
