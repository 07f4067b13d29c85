package dev.bprop.conformance.bounds.slow;

import dev.bprop.conformance.bounds.ReferenceBoundsImplementation;
import dev.bprop.conformance.bounds.RuntimeBoundsSuite;
import dev.bprop.conformance.spi.MlpImplementation;

/**
 * The reference, with its forward pass, against the runtime bounds, measured for real as an adopter's build measures
 * (so, like every test of this package, not run under mutation). On a loaded machine a clause may come out
 * inconclusive (an aborted test), never failed: see {@link RuntimeBoundsSuite}.
 */
class ReferencePassesRuntimeBoundsSuiteTest extends RuntimeBoundsSuite {
    @Override
    protected MlpImplementation implementation() {
        return new ReferenceBoundsImplementation();
    }
}
