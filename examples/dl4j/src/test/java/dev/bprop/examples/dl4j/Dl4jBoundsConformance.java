package dev.bprop.examples.dl4j;

import dev.bprop.conformance.bounds.RuntimeBoundsSuite;
import dev.bprop.conformance.spi.MlpImplementation;

/** The runtime-bounds suite against DL4J; run by {@link Dl4jFindingsTest}, not by surefire directly. */
public class Dl4jBoundsConformance extends RuntimeBoundsSuite {
    @Override
    protected MlpImplementation implementation() {
        return new Dl4jMlp();
    }
}
