package dev.bprop.conformance.bounds.slow;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The manual robustness experiment of issue 7, not a test: runs the runtime-bounds suite against the reference N
 * times through the JUnit Platform Launcher, as a build would, and tallies each clause's outcomes. Run it while the
 * other core is busy:
 *
 * <pre>
 * ./mvnw -q -B -pl conformance-tests -am test-compile
 * ./mvnw -q -B -pl conformance-tests dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * yes &gt; /dev/null &amp;
 * java -cp conformance-tests/target/classes:conformance-tests/target/test-classes:$(cat /tmp/cp.txt) \
 *     dev.bprop.conformance.bounds.slow.RepeatedSuiteRuns 20
 * kill %1
 * </pre>
 *
 * A clause's SUCCESSFUL is PASS, ABORTED is INCONCLUSIVE (or skipped), FAILED is FAIL.
 */
public final class RepeatedSuiteRuns {
    private RepeatedSuiteRuns() {
    }

    public static void main(String[] args) {
        int runs = args.length == 0 ? 20 : Integer.parseInt(args[0]);
        Map<String, Map<TestExecutionResult.Status, Integer>> tally = new TreeMap<>();
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(ReferencePassesRuntimeBoundsSuiteTest.class)).build(),
                    new TestExecutionListener() {
                        @Override
                        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                            if (test.isTest()) {
                                tally.computeIfAbsent(test.getDisplayName(), name -> new TreeMap<>())
                                        .merge(result.getStatus(), 1, Integer::sum);
                                if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                                    System.out.println("  " + test.getDisplayName() + ": " + result.getThrowable()
                                            .map(Throwable::getMessage).orElse(""));
                                }
                            }
                        }
                    });
            System.out.printf("run %d of %d: %.1f s%n", run, runs, (System.nanoTime() - start) / 1e9);
        }
        tally.forEach((name, counts) -> System.out.println(name + " " + counts));
    }
}
