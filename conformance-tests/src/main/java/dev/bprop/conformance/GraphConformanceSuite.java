package dev.bprop.conformance;

import dev.bprop.conformance.generate.GraphCase;
import dev.bprop.conformance.generate.GraphCasePlan;
import dev.bprop.conformance.naming.ConventionDiffers;
import dev.bprop.conformance.run.Expectations;
import dev.bprop.conformance.run.GraphCaseRunner;
import dev.bprop.conformance.spi.GraphImplementation;
import java.util.List;
import java.util.function.BiConsumer;
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
 * Every case is a test named {@code LEVEL_CLAUSE_CASE}: the spec's graph vectors, generated graphs for each
 * operation (GBP-OP-*), shared nodes (GBP-BUILDGRAD), repeated inputs (GBP-BPROP), dead branches (GBP-SUBGRAPH),
 * and the adapter's contract (KIT-DETERMINISTIC, FMT-GRAPH-RESULT), all required; relu at its kink (ACT-KINK),
 * optional: another convention aborts the test with the convention in the message ({@link ConventionDiffers}).
 * The base seed is {@value MlpConformanceSuite#DEFAULT_SEED} unless {@code bprop.conformance.seed} is set.
 */
public abstract class GraphConformanceSuite {
    /** The adapter to the library under test. */
    protected abstract GraphImplementation implementation();

    /** Where expected values come from: the reference. Overridden only by the kit's own mutation testing. */
    protected Expectations expectations() {
        return Expectations.reference();
    }

    /** The base seed of the generated cases. */
    protected long seed() {
        return Long.getLong("bprop.conformance.seed", MlpConformanceSuite.DEFAULT_SEED);
    }

    /** The base seeds: {@link #seed()} and, with {@code bprop.conformance.seeds=N}, the N − 1 after it. */
    protected List<Long> seeds() {
        return BaseSeeds.from(seed());
    }

    @TestFactory
    public Stream<DynamicTest> required_specVectors() {
        return tests(GraphCasePlan.vectors(), GraphCaseRunner::values);
    }

    @TestFactory
    public Stream<DynamicTest> required_generatedGraphs() {
        return tests(seeds().stream().flatMap(seed -> GraphCasePlan.cases(seed, implementation().operations())
                .stream()).toList(), GraphCaseRunner::values);
    }

    @TestFactory
    public Stream<DynamicTest> required_implementationContract() {
        return tests(seeds().stream().flatMap(seed -> GraphCasePlan.contractCases(seed,
                implementation().operations()).stream()).toList(), (runner, c) -> {
            if (c.name().clause().equals("KIT-DETERMINISTIC")) {
                runner.deterministic(c);
            } else {
                runner.shapes(c);
            }
        });
    }

    @TestFactory
    public Stream<DynamicTest> optional_kinkConvention() {
        return tests(GraphCasePlan.kinks(), (runner, c) -> ConventionDiffers.reported(() -> runner.kinkConvention(c)));
    }

    private Stream<DynamicTest> tests(List<GraphCase> cases, BiConsumer<GraphCaseRunner, GraphCase> check) {
        GraphCaseRunner runner = new GraphCaseRunner(implementation(), this::implementation, expectations());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name().toString(), c.name().source(),
                () -> check.accept(runner, c)));
    }
}
