package dev.bprop.examples.encog;

import dev.bprop.conformance.bounds.RuntimeBoundsSuite;
import dev.bprop.conformance.spi.MlpImplementation;

/** The runtime-bounds suite against Encog 3.4; run by {@link EncogFindingsTest}, not by surefire directly. */
public class EncogRuntimeBounds extends RuntimeBoundsSuite {
    @Override
    protected MlpImplementation implementation() {
        return new EncogMlp();
    }
}
