package dev.bprop.conformance.wrong;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.bprop.conformance.GraphConformanceSuite;
import dev.bprop.conformance.MlpConformanceSuite;
import dev.bprop.conformance.naming.Level;
import dev.bprop.conformance.naming.TestName;
import dev.bprop.conformance.spi.GraphImplementation;
import dev.bprop.conformance.spi.MlpImplementation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a conformance suite against an adapter programmatically, through the JUnit Platform Launcher, as an adopter's
 * build would, and keeps every test's name, status and failure message.
 */
final class SuiteRun {
    /** One test's outcome. */
    record Outcome(TestName name, TestExecutionResult.Status status, String message) {
        boolean failed() {
            return status == TestExecutionResult.Status.FAILED;
        }
    }

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
        return run(MlpSuite.class);
    }

    static List<Outcome> graph(Supplier<GraphImplementation> adapter) {
        GraphSuite.adapter = adapter;
        return run(GraphSuite.class);
    }

    private static List<Outcome> run(Class<?> suite) {
        List<Outcome> outcomes = new ArrayList<>();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(suite))
                .build(), new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                        if (test.isTest()) {
                            outcomes.add(new Outcome(TestName.parse(test.getDisplayName()).orElseThrow(),
                                    result.getStatus(), result.getThrowable().map(Throwable::getMessage).orElse("")));
                        }
                    }
                });
        return outcomes;
    }

    static List<Outcome> failures(List<Outcome> outcomes, Level level) {
        return outcomes.stream().filter(o -> o.failed() && o.name().level() == level).toList();
    }
}
