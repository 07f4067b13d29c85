package dev.bprop.conformance.generate;

import dev.bprop.conformance.naming.TestName;
import dev.bprop.spec.graph.Graph;

/** One graph test case: its name, the expression graph, and where it came from (a spec vector or a seed). */
public record GraphCase(TestName name, Graph graph, String origin) {
}
