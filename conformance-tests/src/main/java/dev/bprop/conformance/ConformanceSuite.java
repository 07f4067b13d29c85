package dev.bprop.conformance;

import dev.bprop.conformance.launch.ConventionDiffers;
import dev.bprop.conformance.launch.TestName;
import dev.bprop.conformance.internal.run.CaseRunner;
import dev.bprop.conformance.Expectations;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What the MLP and the graph suite share (extend one of them, not this class): the adapter, where the expected
 * values come from, the base seeds, and the groups of tests, each a dynamic test per case named {@code
 * LEVEL_CLAUSE_CASE} and run by one {@link CaseRunner} (which shrinks only the first failing case of each clause).
 * {@link MlpConformanceSuite} and {@link GraphConformanceSuite} give the cases and the runner; the generated group
 * keeps its own name in each ({@code required_generatedProblems}, {@code required_generatedGraphs}), since adopters
 * drop a group by overriding its method.
 *
 * @param <I> the adapter: {@code MlpImplementation} or {@code GraphImplementation}
 * @param <K> the case: {@code MlpCase} or {@code GraphCase}
 */
public abstract class ConformanceSuite<I, K> {
    /** The base seed of the generated cases when {@code bprop.conformance.seed} is not set. */
    public static final long DEFAULT_SEED = 20261122L;

    /** Only the two suites of this package extend it. */
    ConformanceSuite() {
    }

    /** The adapter to the library under test. */
    protected abstract I implementation();

    /** Where expected values come from: the reference. Overridden only by the kit's own mutation testing. */
    protected Expectations expectations() {
        return Expectations.reference();
    }

    /** The base seed of the generated cases. */
    protected long seed() {
        return Long.getLong("bprop.conformance.seed", DEFAULT_SEED);
    }

    /**
     * The base seeds the generated cases are drawn from: {@link #seed()} and, with the system property
     * {@code bprop.conformance.seeds=N}, the N − 1 seeds after it, so that one run draws N times as many cases.
     */
    protected List<Long> seeds() {
        return BaseSeeds.from(seed());
    }

    /** Every test vector of the spec without a kink (FMT-VECTOR), named by its first clause. */
    @TestFactory
    public Stream<DynamicTest> required_specVectors() {
        return tests(implementation(), vectors(), CaseRunner::values);
    }

    /** The adapter's contract: KIT-DETERMINISTIC, FMT-RESULT or FMT-GRAPH-RESULT, and KIT-FINITE. */
    @TestFactory
    public Stream<DynamicTest> required_implementationContract() {
        I implementation = implementation();
        return tests(implementation, seeds().stream().flatMap(seed -> contractCases(seed, implementation).stream())
                .toList(), CaseRunner::contract);
    }

    /** ACT-KINK: the kink vectors and probes; a different convention aborts the test with the library's own. */
    @TestFactory
    public Stream<DynamicTest> optional_kinkConvention() {
        return tests(implementation(), kinks(),
                (runner, c) -> ConventionDiffers.reported(() -> runner.kinkConvention(c)));
    }

    /** The generated cases of every base seed, clause by clause, with the edge cases. */
    final Stream<DynamicTest> generated() {
        I implementation = implementation();
        return tests(implementation, seeds().stream().flatMap(seed -> generatedCases(seed, implementation)
                .stream()).toList(), CaseRunner::values);
    }

    private Stream<DynamicTest> tests(I implementation, List<K> cases, BiConsumer<CaseRunner<K, ?, ?, ?>, K> check) {
        CaseRunner<K, ?, ?, ?> runner = runner(implementation);
        return cases.stream().map(c -> DynamicTest.dynamicTest(name(c).toString(), name(c).source(),
                () -> check.accept(runner, c)));
    }

    /** The spec's vectors without a kink. */
    abstract List<K> vectors();

    /** The generated cases of one base seed, within what {@code implementation} declares. */
    abstract List<K> generatedCases(long seed, I implementation);

    /** The cases of the adapter's contract for one base seed. */
    abstract List<K> contractCases(long seed, I implementation);

    /** The cases at kinks (ACT-KINK). */
    abstract List<K> kinks();

    /** A runner that asks {@code implementation} the cases and a fresh {@link #implementation()} the shrinker's. */
    abstract CaseRunner<K, ?, ?, ?> runner(I implementation);

    abstract TestName name(K c);
}
