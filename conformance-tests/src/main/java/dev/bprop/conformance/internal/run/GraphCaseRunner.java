package dev.bprop.conformance.internal.run;

import dev.bprop.conformance.Expectations;
import dev.bprop.conformance.internal.diagnose.GraphDiagnosis;
import dev.bprop.conformance.launch.GraphCase;
import dev.bprop.conformance.internal.shrink.GraphShrinker;
import dev.bprop.conformance.internal.shrink.Signature;
import dev.bprop.conformance.spi.GraphImplementation;
import dev.bprop.conformance.spi.Precision;
import dev.bprop.oracle.compare.GraphComparison;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.json.BpropJson;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The steps of {@link CaseRunner} for expression graphs: a graph adapter declares only its operations, the diagnosis
 * is by the graph bug models (at a kink too: a graph's kinks are its relu nodes, whose convention the models name),
 * the shrinker removes nodes and has no margin to keep, and graphs are small enough that KIT-DETERMINISTIC asks no
 * concurrent calls.
 */
public final class GraphCaseRunner extends CaseRunner<GraphCase, Graph, GraphResult, GraphComparison> {
    /** Asked its operations and precision within each case, so that a hang there is the case's (FMT-CLI). */
    private final GraphImplementation implementation;

    /** A runner whose shrinker asks {@code implementation} itself: for an adapter that keeps no state. */
    public GraphCaseRunner(GraphImplementation implementation, Expectations expectations) {
        this(implementation, () -> implementation, expectations);
    }

    /** A runner that asks a {@code fresh} instance each candidate of the shrinker ({@link GraphShrinker}). */
    public GraphCaseRunner(GraphImplementation implementation, Supplier<GraphImplementation> fresh,
            Expectations expectations) {
        super(implementation::gradient, () -> fresh.get()::gradient, expectations, "graph", "graph-gradient");
        this.implementation = implementation;
    }

    @Override
    Posed<Graph> posed(GraphCase c) {
        return new Posed<>(c.name(), c.origin(), c.seed(), c.graph());
    }

    @Override
    Precision precision() {
        return implementation.precision();
    }

    @Override
    Optional<String> unsupported(Graph graph) {
        Set<GraphOp> operations = implementation.operations();
        return graph.nodes().stream().map(GraphNode::op).filter(op -> !operations.contains(op)).findFirst()
                .map(op -> "the implementation does not declare the operation " + op.fileName());
    }

    @Override
    Optional<GraphResult> expected(Expectations expectations, Graph graph) {
        return expectations.of(graph);
    }

    @Override
    Optional<String> brokenPlace(GraphResult answer) {
        return ResultStructure.graph(answer);
    }

    @Override
    Compared<GraphComparison> compare(Graph graph, GraphResult expected, GraphResult found, Sides sides) {
        GraphComparison comparison = GraphComparison.of(graph, expected, found, sides);
        return new Compared<>(comparison, comparison.passed(), comparison.mismatches(), comparison.shapeErrors());
    }

    @Override
    List<String> diagnosis(Graph graph, GraphResult expected, GraphResult found, GraphComparison comparison,
            boolean atKinks) {
        return GraphDiagnosis.of(graph, found, comparison);
    }

    /** Where the two answers differ, or that their entries do: no graph bug model describes a second call. */
    @Override
    List<String> repeatDiagnosis(GraphComparison firstAgainstLater) {
        if (!firstAgainstLater.shapeErrors().isEmpty()) {
            return firstAgainstLater.shapeErrors().stream().map(error -> "FMT-GRAPH-RESULT: " + error
                    + " (the entries are wrong; the answers are not compared number by number)").toList();
        }
        return List.of(firstAgainstLater.mismatches().size() + " of " + firstAgainstLater.elements().size()
                + " numbers differ between the two calls, the first at "
                + firstAgainstLater.mismatches().get(0).place().path() + " (KIT-DETERMINISTIC)");
    }

    @Override
    Signature signature(Graph graph, GraphResult found, GraphComparison comparison) {
        return Signature.of(graph, found, comparison);
    }

    @Override
    Shrunk<Graph> shrink(Graph failing, Predicate<Graph> fails, boolean atKinks) {
        GraphShrinker.Shrunk shrunk = GraphShrinker.shrink(failing, fails);
        return new Shrunk<>(shrunk.graph(), shrunk.steps());
    }

    @Override
    boolean askedConcurrently(Graph graph) {
        return false;
    }

    @Override
    String write(Graph graph) {
        return BpropJson.write(graph);
    }
}
