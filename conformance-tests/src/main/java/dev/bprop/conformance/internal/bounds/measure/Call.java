package dev.bprop.conformance.internal.bounds.measure;

import dev.bprop.spec.mlp.Problem;

/** One call into the library under test: its gradient, or its forward pass alone. */
@FunctionalInterface
public interface Call {
    /** Runs the call on {@code problem}; what it returns is consumed so that no compiler can drop the work. */
    Object run(Problem problem);
}
