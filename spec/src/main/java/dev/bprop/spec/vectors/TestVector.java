package dev.bprop.spec.vectors;

import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A test vector (clause FMT-VECTOR): a problem with its expected result, or a graph with its expected graph
 * result; the clauses it exercises; where its expected values came from; and the tolerance it states.
 *
 * <p>{@code expectedExact} maps places in the expected result ({@code loss}, {@code outputs[0][0]},
 * {@code gradients[1].bias[0]}, {@code value}, {@code gradient.x1}) to exact rational values written as
 * {@code "p/q"} or {@code "p"}; it is empty for vectors whose values are not all rational.
 */
public record TestVector(
        String id,
        String title,
        List<String> clauses,
        String source,
        Tolerance tolerance,
        boolean kinks,
        String notes,
        Optional<Problem> problem,
        Optional<Result> expectedResult,
        Optional<Graph> graph,
        Optional<GraphResult> expectedGraphResult,
        Map<String, String> expectedExact) {

    public TestVector {
        Objects.requireNonNull(id, "id");
        clauses = List.copyOf(clauses);
        expectedExact = Map.copyOf(expectedExact);
        if (problem.isPresent() == graph.isPresent()
                || problem.isPresent() != expectedResult.isPresent()
                || graph.isPresent() != expectedGraphResult.isPresent()) {
            throw new IllegalArgumentException(id + ": a vector holds a problem and its result, or a graph and its result");
        }
    }

    /** Whether this vector holds a problem (and a result) rather than a graph. */
    public boolean isProblem() {
        return problem.isPresent();
    }
}
