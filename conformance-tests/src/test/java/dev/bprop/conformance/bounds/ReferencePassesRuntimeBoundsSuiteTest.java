package dev.bprop.conformance.bounds;

import dev.bprop.conformance.spi.MlpImplementation;

/**
 * The reference, with its forward pass, against the runtime bounds. On a loaded machine a clause may come out
 * inconclusive (an aborted test), never failed: see {@link RuntimeBoundsSuite}.
 */
class ReferencePassesRuntimeBoundsSuiteTest extends RuntimeBoundsSuite {
    @Override
    protected MlpImplementation implementation() {
        return new ReferenceBoundsImplementation();
    }
}
