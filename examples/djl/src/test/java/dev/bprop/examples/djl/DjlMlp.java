package dev.bprop.examples.djl;

import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import dev.bprop.conformance.bounds.ForwardOnly;
import dev.bprop.conformance.bounds.RuntimeBoundsImplementation;
import dev.bprop.conformance.spi.Precision;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.Optional;
import java.util.Set;

/**
 * The MLP profile (and the runtime-bounds hooks) for Deep Java Library 0.35.1 on PyTorch 2.7.1: the problem's
 * network in float64 NDArrays ({@link DjlNetwork}), DJL's activations ({@link DjlActivations}) and losses
 * ({@link DjlLosses}, converted to the spec's scaling), and PyTorch's autograd through DJL's
 * {@link GradientCollector} for every ∂J/∂W^l and ∂J/∂b^l.
 *
 * <p>Conventions converted: the losses' mean over all m·n_L entries becomes the spec's mean over m examples of a sum
 * over n_L outputs (×n_L for mse and binary_cross_entropy, see {@link DjlLosses}). Nothing else needs converting:
 * DJL's weight layout is the spec's ({@link DjlNetwork}), its losses carry the spec's ½ and sign, and autograd
 * differentiates the batch mean itself, so the 1/m of BP-BATCH appears exactly once.
 *
 * <p>Each call works on a manager of its own and closes it, so no native memory outlives the call and no gradient
 * accumulates from one call into the next (DJL's PyTorch collector does not zero gradients, see
 * {@code PtGradientCollector}).
 */
public final class DjlMlp implements RuntimeBoundsImplementation {
    @Override
    public Result gradient(Problem problem) {
        try (NDManager manager = PyTorch.newManager()) {
            DjlNetwork network = DjlNetwork.of(manager, problem);
            network.requireGradients();
            try (GradientCollector collector = PyTorch.newGradientCollector()) {
                DjlNetwork.Pass pass = network.forward();
                collector.backward(pass.loss());
                return new Result(NdArrays.scalar(pass.loss()), NdArrays.matrix(pass.outputs()),
                        network.gradients());
            }
        }
    }

    /** The same network and loss without a collector: no array requires a gradient, so PyTorch records nothing. */
    @Override
    public Optional<ForwardOnly> forwardOnly() {
        return Optional.of(problem -> {
            try (NDManager manager = PyTorch.newManager()) {
                return NdArrays.scalar(DjlNetwork.of(manager, problem).forward().loss());
            }
        });
    }

    /**
     * False: PyTorch computes in native memory, which the JVM's per-thread allocation counter cannot see, so the
     * allocation clauses (BOUND-MEMORY) would measure only DJL's Java wrappers and pass vacuously. Declared false, they
     * are skipped with that reason, and time is taken on the wall clock.
     */
    @Override
    public boolean worksOnCallingThread() {
        return false;
    }

    @Override
    public Set<Activation> activations() {
        return DjlActivations.supported();
    }

    @Override
    public Set<Loss> losses() {
        return DjlLosses.supported();
    }

    /** float64 throughout: every array is created from Java doubles, so DJL makes it {@code DataType.FLOAT64}. */
    @Override
    public Precision precision() {
        return Precision.FLOAT64;
    }
}
