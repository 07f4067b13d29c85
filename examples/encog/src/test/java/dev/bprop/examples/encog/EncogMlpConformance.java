package dev.bprop.examples.encog;

import dev.bprop.conformance.MlpConformanceSuite;
import dev.bprop.conformance.spi.MlpImplementation;

/** The MLP conformance suite against Encog 3.4; run by {@link EncogFindingsTest}, not by surefire directly. */
public class EncogMlpConformance extends MlpConformanceSuite {
    @Override
    protected MlpImplementation implementation() {
        return new EncogMlp();
    }
}
