package dev.bprop.conformance.reference;

import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;

/** bprop's own reference (BP1–BP4) behind the MLP adapter: what the suites hold every other library to. */
public final class ReferenceMlpImplementation implements MlpImplementation {
    @Override
    public Result gradient(Problem problem) {
        return Backpropagation.gradient(problem);
    }
}
