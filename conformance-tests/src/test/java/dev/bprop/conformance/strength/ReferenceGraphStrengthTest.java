package dev.bprop.conformance.strength;

import dev.bprop.conformance.GraphConformanceSuite;
import dev.bprop.conformance.reference.ReferenceGraphImplementation;
import dev.bprop.conformance.Expectations;
import dev.bprop.conformance.spi.GraphImplementation;

/** The graph suite against the reference with recorded expectations: pitest's test for the suite's strength. */
class ReferenceGraphStrengthTest extends GraphConformanceSuite {
    @Override
    protected GraphImplementation implementation() {
        return new ReferenceGraphImplementation();
    }

    @Override
    protected Expectations expectations() {
        return RecordedExpectations.fromSystemProperty();
    }
}
