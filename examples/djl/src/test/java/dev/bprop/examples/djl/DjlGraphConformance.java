package dev.bprop.examples.djl;

import dev.bprop.conformance.GraphConformanceSuite;
import dev.bprop.conformance.spi.GraphImplementation;

/** The graph suite against DJL; run through {@link DjlFindingsTest}, which asserts its known findings. */
public class DjlGraphConformance extends GraphConformanceSuite {
    @Override
    protected GraphImplementation implementation() {
        return new DjlGraph();
    }
}
