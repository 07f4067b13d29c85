package dev.bprop.conformance;

import dev.bprop.conformance.launch.GraphCase;
import dev.bprop.conformance.internal.generate.GraphCasePlan;
import dev.bprop.conformance.launch.ConventionDiffers;
import dev.bprop.conformance.launch.TestName;
import dev.bprop.conformance.internal.run.CaseRunner;
import dev.bprop.conformance.internal.run.GraphCaseRunner;
import dev.bprop.conformance.spi.GraphImplementation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The graph conformance suite, for autodiff libraries. Extend it and return your adapter:
 *
 * <pre>
 * class MyAutodiffConformanceTest extends GraphConformanceSuite {
 *     protected GraphImplementation implementation() { return new MyAutodiffAdapter(); }
 * }
 * </pre>
 *
 * Every case is a test named {@code LEVEL_CLAUSE_CASE}: the spec's graph vectors ({@code required_specVectors}),
 * generated graphs for each operation (GBP-OP-*), shared nodes (GBP-BUILDGRAD), repeated inputs (GBP-BPROP), dead
 * branches (GBP-SUBGRAPH; {@code required_generatedGraphs}), and the adapter's contract (KIT-DETERMINISTIC,
 * FMT-GRAPH-RESULT; {@code required_implementationContract}), all required; relu at its kink (ACT-KINK,
 * {@code optional_kinkConvention}), optional: another convention aborts the test with the convention in the message
 * ({@link ConventionDiffers}). The base seed is {@value #DEFAULT_SEED} unless {@code bprop.conformance.seed} is set.
 */
public abstract class GraphConformanceSuite extends ConformanceSuite<GraphImplementation, GraphCase> {
    /** Generated graphs: every declared operation, shared nodes, repeated inputs, dead branches. */
    @TestFactory
    public Stream<DynamicTest> required_generatedGraphs() {
        return generated();
    }

    @Override
    List<GraphCase> vectors() {
        return GraphCasePlan.vectors();
    }

    @Override
    List<GraphCase> generatedCases(long seed, GraphImplementation implementation) {
        return GraphCasePlan.cases(seed, implementation.operations());
    }

    @Override
    List<GraphCase> contractCases(long seed, GraphImplementation implementation) {
        return GraphCasePlan.contractCases(seed, implementation.operations());
    }

    @Override
    List<GraphCase> kinks() {
        return GraphCasePlan.kinks();
    }

    @Override
    CaseRunner<GraphCase, ?, ?, ?> runner(GraphImplementation implementation) {
        return new GraphCaseRunner(implementation, this::implementation, expectations());
    }

    @Override
    TestName name(GraphCase c) {
        return c.name();
    }
}
