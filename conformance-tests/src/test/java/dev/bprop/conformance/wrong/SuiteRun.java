package dev.bprop.conformance.wrong;

import dev.bprop.conformance.GraphConformanceSuite;
import dev.bprop.conformance.MlpConformanceSuite;
import dev.bprop.conformance.launch.Level;
import dev.bprop.conformance.launch.Outcome;
import dev.bprop.conformance.spi.GraphImplementation;
import dev.bprop.conformance.spi.MlpImplementation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a conformance suite against an adapter through the kit's own launcher
 * ({@link dev.bprop.conformance.launch.SuiteRun}), as an adopter's build would, keeping every test's name, status and
 * failure message; or hands out the suite's required tests unrun, for a caller that needs only some of them.
 */
final class SuiteRun {
    /** The MLP suite with the adapter under test; it is public only so that the launcher can run it. */
    public static final class MlpSuite extends MlpConformanceSuite {
        static Supplier<MlpImplementation> adapter;

        @Override
        protected MlpImplementation implementation() {
            return adapter.get();
        }
    }

    /** The graph suite with the adapter under test. */
    public static final class GraphSuite extends GraphConformanceSuite {
        static Supplier<GraphImplementation> adapter;

        @Override
        protected GraphImplementation implementation() {
            return adapter.get();
        }
    }

    private SuiteRun() {
    }

    static List<Outcome> mlp(Supplier<MlpImplementation> adapter) {
        MlpSuite.adapter = adapter;
        return new ArrayList<>(dev.bprop.conformance.launch.SuiteRun.run(List.of(MlpSuite.class)));
    }

    static List<Outcome> graph(Supplier<GraphImplementation> adapter) {
        GraphSuite.adapter = adapter;
        return new ArrayList<>(dev.bprop.conformance.launch.SuiteRun.run(List.of(GraphSuite.class)));
    }

    /** The required tests of the MLP suite with {@code adapter}, as the suite's factories make them, not yet run. */
    static Stream<DynamicTest> requiredMlpTests(Supplier<MlpImplementation> adapter) {
        MlpSuite.adapter = adapter;
        MlpSuite suite = new MlpSuite();
        return Stream.of(suite.required_specVectors(), suite.required_generatedProblems(),
                suite.required_implementationContract()).flatMap(tests -> tests);
    }

    /** The required tests of the graph suite with {@code adapter}, not yet run. */
    static Stream<DynamicTest> requiredGraphTests(Supplier<GraphImplementation> adapter) {
        GraphSuite.adapter = adapter;
        GraphSuite suite = new GraphSuite();
        return Stream.of(suite.required_specVectors(), suite.required_generatedGraphs(),
                suite.required_implementationContract()).flatMap(tests -> tests);
    }

    static boolean failed(Outcome outcome) {
        return outcome.status() == Outcome.Status.FAILED;
    }

    static List<Outcome> failures(List<Outcome> outcomes, Level level) {
        return outcomes.stream().filter(o -> failed(o) && o.name().level() == level).toList();
    }
}
