package dev.bprop.conformance.strength;

import dev.bprop.conformance.MlpConformanceSuite;
import dev.bprop.conformance.reference.ReferenceMlpImplementation;
import dev.bprop.conformance.Expectations;
import dev.bprop.conformance.spi.MlpImplementation;

/** The MLP suite against the reference with recorded expectations: pitest's test for the suite's strength. */
class ReferenceMlpStrengthTest extends MlpConformanceSuite {
    @Override
    protected MlpImplementation implementation() {
        return new ReferenceMlpImplementation();
    }

    @Override
    protected Expectations expectations() {
        return RecordedExpectations.fromSystemProperty();
    }
}
