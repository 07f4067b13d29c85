package dev.bprop.examples.djl;

import dev.bprop.conformance.bounds.RuntimeBoundsSuite;
import dev.bprop.conformance.spi.MlpImplementation;

/** The runtime-bounds suite against DJL; run through {@link DjlFindingsTest}, which asserts its known findings. */
public class DjlRuntimeBounds extends RuntimeBoundsSuite {
    @Override
    protected MlpImplementation implementation() {
        return new DjlMlp();
    }
}
