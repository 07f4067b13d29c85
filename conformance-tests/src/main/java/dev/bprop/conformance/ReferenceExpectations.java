package dev.bprop.conformance;

import dev.bprop.reference.graph.file.GraphFile;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.Optional;

/** Expected values computed by bprop's reference on demand. */
enum ReferenceExpectations implements Expectations {
    INSTANCE;

    @Override
    public Optional<Result> of(Problem problem) {
        return Optional.of(Backpropagation.gradient(problem));
    }

    @Override
    public Optional<GraphResult> of(Graph graph) {
        return Optional.of(GraphFile.gradient(graph));
    }
}
