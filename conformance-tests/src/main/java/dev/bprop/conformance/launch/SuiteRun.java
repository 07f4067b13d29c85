package dev.bprop.conformance.launch;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.bprop.conformance.launch.Outcome.Status;
import dev.bprop.conformance.naming.ConventionDiffers;
import dev.bprop.conformance.naming.TestName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs conformance suite classes through the JUnit Platform Launcher, as a build would, and keeps every test whose
 * name is a conformance test name ({@link TestName}). {@code bprop conform} reports from it; a library whose known
 * deviations are documented asserts on its outcomes instead of letting the deviating clauses fail its build.
 */
public final class SuiteRun {
    private SuiteRun() {
    }

    /** The outcome of every conformance test of {@code suites}, in the order they finished. */
    public static List<Outcome> run(List<Class<?>> suites) {
        List<Outcome> outcomes = new ArrayList<>();
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
        suites.forEach(suite -> request.selectors(selectClass(suite)));
        LauncherFactory.create().execute(request.build(), new TestExecutionListener() {
            /**
             * Only tests named as conformance tests count; a skipped (aborted) test reports why. An optional test
             * aborted because the library's convention differs is the optional clause's difference, FAILED, which
             * reports tally apart from the required clauses; aborting it only keeps it from failing a build.
             */
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                Optional<TestName> name = TestName.parse(test.getDisplayName());
                if (test.isTest() && name.isPresent()) {
                    Status status = switch (result.getStatus()) {
                        case SUCCESSFUL -> Status.PASSED;
                        case ABORTED -> result.getThrowable().filter(ConventionDiffers.class::isInstance).isPresent()
                                ? Status.FAILED : Status.SKIPPED;
                        case FAILED -> Status.FAILED;
                    };
                    outcomes.add(new Outcome(name.get(), status,
                            result.getThrowable().map(String::valueOf).orElse("")));
                }
            }
        });
        return outcomes;
    }
}
