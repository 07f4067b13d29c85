package dev.bprop.conformance.reference;

import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.reference.graph.mlp.MlpGraph;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.EnumSet;
import java.util.Set;

/**
 * The reference's second way to the MLP profile: the network written as a matrix-valued computational graph
 * ({@code MlpGraph}: A⁰ = X, Zˡ = add_bias(Aˡ⁻¹(Wˡ)ᵀ, bˡ), Aˡ = gˡ(Zˡ), J) and differentiated by general
 * backpropagation (GBP-BUILDGRAD), the way an autodiff library would answer an MLP problem. It declares mse only:
 * its cross entropy and binary cross entropy take ln of the activation as the formula reads, which LOSS-STABLE
 * rejects at large logits (the suite fails it there, on the LOSS-STABLE and KIT-FINITE cases).
 */
public final class ReferenceMlpGraphImplementation implements MlpImplementation {
    @Override
    public Result gradient(Problem problem) {
        return MlpGraph.of(problem).result();
    }

    @Override
    public Set<Loss> losses() {
        return EnumSet.of(Loss.MSE);
    }
}
