package dev.bprop.examples.dl4j;

import dev.bprop.conformance.MlpConformanceSuite;
import dev.bprop.conformance.spi.MlpImplementation;

/** The MLP suite against DL4J; run by {@link Dl4jFindingsTest}, not by surefire directly (no Test in the name). */
public class Dl4jMlpConformance extends MlpConformanceSuite {
    @Override
    protected MlpImplementation implementation() {
        return new Dl4jMlp();
    }
}
