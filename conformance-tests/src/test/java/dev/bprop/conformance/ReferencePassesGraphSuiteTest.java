package dev.bprop.conformance;

import dev.bprop.conformance.reference.ReferenceGraphImplementation;
import dev.bprop.conformance.spi.GraphImplementation;

/** The reference's general backpropagation, through its own adapter, passes every graph test. */
class ReferencePassesGraphSuiteTest extends GraphConformanceSuite {
    @Override
    protected GraphImplementation implementation() {
        return new ReferenceGraphImplementation();
    }
}
