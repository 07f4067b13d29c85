package dev.bprop.conformance;

import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.Optional;

/**
 * Where the suites take expected values from. For adopters it is always {@link #reference()}: bprop's reference,
 * which the project's cross-checks hold against independent oracles. The seam exists for the kit's own mutation
 * testing, where the reference is the code under test and the expected values must come from a recording of the
 * unmutated reference instead.
 */
public interface Expectations {
    /** The expected result of {@code problem}, or empty when this source has none for it. */
    Optional<Result> of(Problem problem);

    /** The expected result of {@code graph}, or empty when this source has none for it. */
    Optional<GraphResult> of(Graph graph);

    /** bprop's reference: BP1–BP4 for problems, general backpropagation for graphs. */
    static Expectations reference() {
        return ReferenceExpectations.INSTANCE;
    }
}
