package dev.bprop.examples.djl;

import dev.bprop.conformance.MlpConformanceSuite;
import dev.bprop.conformance.spi.MlpImplementation;

/** The MLP suite against DJL; run through {@link DjlFindingsTest}, which asserts its known findings. */
public class DjlMlpConformance extends MlpConformanceSuite {
    @Override
    protected MlpImplementation implementation() {
        return new DjlMlp();
    }
}
