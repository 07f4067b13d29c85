package dev.bprop.conformance.bounds;

import dev.bprop.spec.mlp.Problem;

/** The library's forward pass alone: the loss J of a problem (clause FWD-Z, FWD-A, LOSS-MEAN), no gradient. */
@FunctionalInterface
public interface ForwardOnly {
    double loss(Problem problem);
}
