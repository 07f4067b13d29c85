package dev.bprop.conformance.strength;

import dev.bprop.conformance.MlpConformanceSuite;
import dev.bprop.conformance.reference.ReferenceMlpGraphImplementation;
import dev.bprop.conformance.Expectations;
import dev.bprop.conformance.spi.MlpImplementation;

/**
 * The MLP suite against the reference's graph form of an MLP ({@code MlpGraph}, general backpropagation on matrices)
 * with recorded expectations: pitest's test for the suite's strength on the matrix-valued graph code.
 */
class ReferenceMlpGraphStrengthTest extends MlpConformanceSuite {
    @Override
    protected MlpImplementation implementation() {
        return new ReferenceMlpGraphImplementation();
    }

    @Override
    protected Expectations expectations() {
        return RecordedExpectations.fromSystemProperty();
    }
}
