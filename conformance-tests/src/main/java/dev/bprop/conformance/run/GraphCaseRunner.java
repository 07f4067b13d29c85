package dev.bprop.conformance.run;

import dev.bprop.conformance.diagnose.GraphDiagnosis;
import dev.bprop.conformance.generate.GraphCase;
import dev.bprop.conformance.shrink.GraphShrinker;
import dev.bprop.conformance.shrink.Signature;
import dev.bprop.conformance.spi.GraphImplementation;
import dev.bprop.oracle.compare.GraphComparison;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.json.BpropJson;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs one graph case against an implementation: the value and every input's gradient (GBP-*), the same answer
 * twice (KIT-DETERMINISTIC), the result's entries (FMT-GRAPH-RESULT), or the convention at kinks (ACT-KINK,
 * optional). Unsupported operations abort the case with the reason. A failure prints the graph file.
 */
public final class GraphCaseRunner {
    private final GraphImplementation implementation;
    private final Supplier<GraphImplementation> fresh;
    private final Expectations expectations;
    private final Set<String> shrunkClauses = ConcurrentHashMap.newKeySet();

    /** A runner whose shrinker asks {@code implementation} itself: for an adapter that keeps no state. */
    public GraphCaseRunner(GraphImplementation implementation, Expectations expectations) {
        this(implementation, () -> implementation, expectations);
    }

    /** A runner that asks a {@code fresh} instance each candidate of the shrinker ({@link GraphShrinker}). */
    public GraphCaseRunner(GraphImplementation implementation, Supplier<GraphImplementation> fresh,
            Expectations expectations) {
        this.implementation = implementation;
        this.fresh = fresh;
        this.expectations = expectations;
    }

    public void values(GraphCase c) {
        compare(c, "numbers differ from the reference");
    }

    public void kinkConvention(GraphCase c) {
        compare(c, "the library's derivative at a kink differs from ACT-KINK's convention (relu'(0) = 0)");
    }

    private void compare(GraphCase c, String summary) {
        requireSupported(c);
        GraphResult expected = expectations.of(c.graph()).orElseThrow(() -> Failure.of(c.name(), c.origin(),
                "no expected values for this graph").error());
        Sides sides = Sides.referenceAgainst(implementation.precision().arithmetic());
        GraphResult found = call(c);
        GraphComparison comparison = GraphComparison.of(c.graph(), expected, found, sides);
        if (!comparison.passed()) {
            Failure failure = Failure.of(c.name(), c.origin(), summary)
                    .mismatches(comparison.mismatches(), sides, c.seed())
                    .diagnosis(GraphDiagnosis.of(c.graph(), found, comparison));
            if (!shrunkClauses.add(c.name().clause())) {
                throw failure.file("the graph (`bprop graph-gradient graph.json` prints the expected result):",
                        BpropJson.write(c.graph())).error();
            }
            Signature signature = Signature.of(c.graph(), found, comparison);
            if (!failsAs(signature, c.graph(), sides)) {
                throw failure.file(MlpCaseRunner.FRESH_INSTANCE_PASSES, BpropJson.write(c.graph())).error();
            }
            GraphShrinker.Shrunk shrunk = GraphShrinker.shrink(c.graph(), graph -> failsAs(signature, graph, sides));
            Graph shown = shrunk.steps() > 0 && failsAs(signature, shrunk.graph(), sides) ? shrunk.graph()
                    : c.graph();
            throw failure.file("the smallest graph that fails the same way (" + signature.describe() + "; "
                    + (shown == c.graph() ? 0 : shrunk.steps()) + " shrinking steps, each checked on a fresh "
                    + "instance; `bprop graph-gradient graph.json` prints the expected result):",
                    BpropJson.write(shown)).error();
        }
    }

    /** Whether a fresh instance fails on {@code candidate} as the case failed ({@link Signature}). */
    private boolean failsAs(Signature signature, Graph candidate, Sides sides) {
        try {
            if (candidate.nodes().stream().anyMatch(node -> !implementation.operations().contains(node.op()))) {
                return false;
            }
            Optional<GraphResult> expected = expectations.of(candidate);
            if (expected.isEmpty()) {
                return false;
            }
            GraphResult found = AdapterCall.answer(() -> fresh.get().gradient(candidate), ResultStructure::graph);
            GraphComparison comparison = GraphComparison.of(candidate, expected.get(), found, sides);
            return !comparison.passed() && signature.keptBy(Signature.of(candidate, found, comparison));
        } catch (RuntimeException e) {
            // A candidate the reference cannot evaluate, or an adapter fault on it (AdapterCall.Fault), says nothing
            // about the numbers: not the same failure.
            return false;
        }
    }

    public void deterministic(GraphCase c) {
        requireSupported(c);
        Sides repeated = Sides.repeated(implementation.precision().arithmetic());
        GraphComparison comparison = GraphComparison.of(c.graph(), call(c), call(c), repeated);
        if (!comparison.passed()) {
            throw Failure.of(c.name(), c.origin(), "a second call on the same graph answered differently")
                    .mismatches(comparison.mismatches(), repeated, c.seed())
                    .diagnosis(List.of(comparison.mismatches().size() + " of " + comparison.elements().size()
                            + " numbers differ between the two calls, the first at "
                            + comparison.mismatches().get(0).place().path() + " (KIT-DETERMINISTIC)"))
                    .file("the graph:", BpropJson.write(c.graph())).error();
        }
    }

    public void shapes(GraphCase c) {
        requireSupported(c);
        GraphResult found = call(c);
        GraphComparison comparison = GraphComparison.of(c.graph(), found, found,
                Sides.repeated(implementation.precision().arithmetic()));
        if (!comparison.shapeErrors().isEmpty()) {
            throw Failure.of(c.name(), c.origin(), "the result has the wrong entries")
                    .diagnosis(comparison.shapeErrors()).file("the graph:", BpropJson.write(c.graph())).error();
        }
    }

    private void requireSupported(GraphCase c) {
        Graph graph = c.graph();
        graph.nodes().stream().map(GraphNode::op).filter(op -> !implementation.operations().contains(op)).findFirst()
                .ifPresent(op -> Assumptions.abort(c.name() + " skipped: the implementation does not declare the "
                        + "operation " + op.fileName()));
    }

    private GraphResult call(GraphCase c) {
        try {
            return AdapterCall.answer(() -> implementation.gradient(c.graph()), ResultStructure::graph);
        } catch (AdapterCall.Fault fault) {
            if (fault.getCause() instanceof RuntimeException thrown && Unsupported.isDeclared(thrown)) {
                throw Unsupported.skip(c.name(), thrown);
            }
            throw Failure.of(c.name(), c.origin(), fault.getMessage())
                    .file("the graph:", BpropJson.write(c.graph())).error(fault);
        }
    }
}
