package dev.bprop.conformance.internal.diagnose.model;

import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One known bug of general backpropagation as a computation ({@link MlpModel}'s counterpart for graphs): the
 * spec's algorithm with one partial derivative or one step of the sweep done wrong.
 *
 * @param name a stable identifier, e.g. {@code pow-exponent-ln-of-exponent}
 * @param clause the clause the bug breaks
 * @param cause what the bug does, completing "the reference computed with …"
 * @param applies whether the bug can change the result of a graph (a pow bug needs a pow node)
 * @param variant the computation with the bug
 */
public record GraphModel(String name, String clause, String cause, Predicate<Graph> applies,
        Supplier<PlainGraphBackprop> variant) {
    public GraphResult predict(Graph graph) {
        return variant.get().gradient(graph);
    }
}
