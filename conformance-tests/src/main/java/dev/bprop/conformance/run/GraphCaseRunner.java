package dev.bprop.conformance.run;

import dev.bprop.conformance.check.Failure;
import dev.bprop.conformance.check.GraphComparison;
import dev.bprop.conformance.check.Sides;
import dev.bprop.conformance.diagnose.GraphDiagnosis;
import dev.bprop.conformance.expect.Expectations;
import dev.bprop.conformance.generate.GraphCase;
import dev.bprop.conformance.spi.GraphImplementation;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.json.BpropJson;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs one graph case against an implementation: the value and every input's gradient (GBP-*), the same answer
 * twice (KIT-DETERMINISTIC), the result's entries (FMT-GRAPH-RESULT), or the convention at kinks (ACT-KINK,
 * optional). Unsupported operations abort the case with the reason. A failure prints the graph file.
 */
public final class GraphCaseRunner {
    private final GraphImplementation implementation;
    private final Expectations expectations;

    public GraphCaseRunner(GraphImplementation implementation, Expectations expectations) {
        this.implementation = implementation;
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
        Sides sides = Sides.referenceAgainst(implementation.precision());
        GraphComparison comparison = GraphComparison.of(c.graph(), expected, call(c), sides);
        if (!comparison.passed()) {
            throw Failure.of(c.name(), c.origin(), summary).mismatches(comparison.mismatches(), sides, c.seed())
                    .diagnosis(GraphDiagnosis.of(c.graph(), comparison))
                    .file("the graph (`bprop graph-gradient graph.json` prints the expected result):",
                            BpropJson.write(c.graph())).error();
        }
    }

    public void deterministic(GraphCase c) {
        requireSupported(c);
        Sides repeated = Sides.repeated(implementation.precision());
        GraphComparison comparison = GraphComparison.of(c.graph(), call(c), call(c), repeated);
        if (!comparison.passed()) {
            throw Failure.of(c.name(), c.origin(), "a second call on the same graph answered differently")
                    .mismatches(comparison.mismatches(), repeated, c.seed())
                    .diagnosis(List.of("state is kept between calls, or the answer is random (KIT-DETERMINISTIC)"))
                    .file("the graph:", BpropJson.write(c.graph())).error();
        }
    }

    public void shapes(GraphCase c) {
        requireSupported(c);
        GraphResult found = call(c);
        GraphComparison comparison = GraphComparison.of(c.graph(), found, found,
                Sides.repeated(implementation.precision()));
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
            throw Failure.of(c.name(), c.origin(), fault.getMessage())
                    .file("the graph:", BpropJson.write(c.graph())).error(fault);
        }
    }
}
