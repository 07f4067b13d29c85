package dev.bprop.conformance;

import dev.bprop.conformance.reference.ReferenceMlpGraphImplementation;
import dev.bprop.conformance.spi.MlpImplementation;

/** The reference's matrix-valued graph form of an MLP passes every MLP test of the losses it declares (mse). */
class ReferenceGraphFormPassesMlpSuiteTest extends MlpConformanceSuite {
    @Override
    protected MlpImplementation implementation() {
        return new ReferenceMlpGraphImplementation();
    }
}
