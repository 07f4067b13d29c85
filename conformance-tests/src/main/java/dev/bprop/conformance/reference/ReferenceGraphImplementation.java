package dev.bprop.conformance.reference;

import dev.bprop.conformance.spi.GraphImplementation;
import dev.bprop.reference.graph.file.GraphFile;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;

/** bprop's own general backpropagation (GBP-BUILDGRAD) behind the graph adapter. */
public final class ReferenceGraphImplementation implements GraphImplementation {
    @Override
    public GraphResult gradient(Graph graph) {
        return GraphFile.gradient(graph);
    }
}
