package dev.bprop.conformance.bounds;

import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.reference.mlp.ForwardPass;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.Optional;

/** bprop's reference (BP1–BP4) with its forward pass: what the runtime bounds measure when no library is named. */
public final class ReferenceBoundsImplementation implements RuntimeBoundsImplementation {
    @Override
    public Result gradient(Problem problem) {
        return Backpropagation.gradient(problem);
    }

    @Override
    public Optional<ForwardOnly> forwardOnly() {
        return Optional.of(problem -> ForwardPass.of(problem).loss());
    }
}
