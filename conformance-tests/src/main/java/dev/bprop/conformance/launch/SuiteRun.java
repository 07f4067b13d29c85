package dev.bprop.conformance.launch;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.bprop.conformance.internal.run.AdapterCall;
import dev.bprop.conformance.launch.Outcome.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Runs conformance suite classes through the JUnit Platform Launcher, as a build would, and keeps every test whose
 * name is a conformance test name ({@link TestName}). {@code bprop conform} reports from it; a library whose known
 * deviations are documented asserts on its outcomes instead of letting the deviating clauses fail its build.
 */
public final class SuiteRun {
    private SuiteRun() {
    }

    /**
     * What a caller hears while the suites run: each conformance test as it starts and as it ends, and any group of
     * tests that failed before its tests ran (a test factory that threw while asking the adapter its capabilities).
     */
    public interface Progress {
        void started(TestName name);

        void finished(Outcome outcome);

        default void groupFailed(String group, Throwable cause) {
        }
    }

    /** The outcome of every conformance test of {@code suites}, in the order they finished. */
    public static List<Outcome> run(List<Class<?>> suites) {
        List<Outcome> outcomes = new ArrayList<>();
        run(suites, Map.of(), new Progress() {
            @Override
            public void started(TestName name) {
            }

            @Override
            public void finished(Outcome outcome) {
                outcomes.add(outcome);
            }
        });
        return outcomes;
    }

    /**
     * Runs {@code suites} with the JUnit configuration parameters {@code configuration} (e.g. to turn on the
     * automatic detection of extensions), telling {@code progress} of every conformance test.
     */
    public static void run(List<Class<?>> suites, Map<String, String> configuration, Progress progress) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .configurationParameters(configuration);
        suites.forEach(suite -> request.selectors(selectClass(suite)));
        LauncherFactory.create().execute(request.build(), new TestExecutionListener() {
            @Override
            public void executionStarted(TestIdentifier test) {
                name(test).ifPresent(progress::started);
            }

            /** Only tests named as conformance tests count; a skipped (aborted) test reports why. */
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                name(test).ifPresent(name -> progress.finished(outcome(name, result)));
                if (!test.isTest() && result.getStatus() == TestExecutionResult.Status.FAILED) {
                    result.getThrowable().ifPresent(cause -> progress.groupFailed(test.getDisplayName(), cause));
                }
            }
        });
    }

    private static Optional<TestName> name(TestIdentifier test) {
        return test.isTest() ? TestName.parse(test.getDisplayName()) : Optional.empty();
    }

    /**
     * A skipped (aborted) test reports why. An optional test aborted because the library's convention differs is the
     * optional clause's difference, FAILED, which reports tally apart from the required clauses; aborting it only
     * keeps it from failing a build.
     */
    private static Outcome outcome(TestName name, TestExecutionResult result) {
        Status status = switch (result.getStatus()) {
            case SUCCESSFUL -> Status.PASSED;
            case ABORTED -> result.getThrowable().filter(ConventionDiffers.class::isInstance).isPresent()
                    ? Status.FAILED : Status.SKIPPED;
            case FAILED -> Status.FAILED;
        };
        Optional<Throwable> failure = result.getThrowable();
        Optional<AdapterCall.Fault> fault = failure.map(Throwable::getCause)
                .filter(AdapterCall.Fault.class::isInstance).map(AdapterCall.Fault.class::cast);
        return new Outcome(name, status, failure.map(SuiteRun::message).orElse(""),
                fault.flatMap(AdapterCall.Fault::thrown).orElse(""), fault.map(AdapterCall.Fault::frames)
                .orElse(List.of()));
    }

    /**
     * A conformance failure's message as {@link Failure} laid it out; anything else
     * (a skip, an error of a suite itself) with its class, since the class is then part of what happened.
     */
    private static String message(Throwable failure) {
        return failure instanceof AssertionFailedError ? failure.getMessage() : String.valueOf(failure);
    }
}
