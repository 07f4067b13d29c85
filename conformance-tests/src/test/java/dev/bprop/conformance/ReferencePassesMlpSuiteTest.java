package dev.bprop.conformance;

import dev.bprop.conformance.reference.ReferenceMlpImplementation;
import dev.bprop.conformance.spi.MlpImplementation;

/** The reference, through its own adapter, passes every required and optional MLP test. */
class ReferencePassesMlpSuiteTest extends MlpConformanceSuite {
    @Override
    protected MlpImplementation implementation() {
        return new ReferenceMlpImplementation();
    }
}
