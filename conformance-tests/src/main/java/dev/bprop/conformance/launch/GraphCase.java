package dev.bprop.conformance.launch;

import dev.bprop.conformance.launch.TestName;
import dev.bprop.spec.graph.Graph;
import java.util.OptionalLong;

/** One graph test case: its name, the expression graph, and where it came from (a spec vector or a seed). */
public record GraphCase(TestName name, Graph graph, String origin, OptionalLong seed) {
    /** A fixed case (a spec vector, a probe): no seed. */
    public GraphCase(TestName name, Graph graph, String origin) {
        this(name, graph, origin, OptionalLong.empty());
    }
}
