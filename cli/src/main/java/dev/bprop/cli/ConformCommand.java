package dev.bprop.cli;

import dev.bprop.conformance.internal.run.AdapterCall;
import dev.bprop.conformance.launch.Outcome;
import dev.bprop.spec.json.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bprop conform}: runs the conformance suites (bprop-conformance-tests) through the JUnit Platform Launcher,
 * in a JVM of their own ({@link IsolatedRun}), against the reference or another library's adapter, and prints each
 * failing clause's first failure, a clause-by-clause table and a one-line verdict. The runtime-bounds profile
 * (clauses BOUND-*) runs with the MLP suite unless {@code --skip-bounds}; an inconclusive bound is counted as
 * skipped, never as failed. Exit status (FMT-CLI): 0 when every required clause passes, 1 when one fails (a case
 * that hangs, exits or crashes the JVM fails), 2 on bad input, 3 when the implementation cannot be set up.
 */
@Command(name = "conform",
        description = {"Run the conformance suites against the reference, or against an adapter or suite class "
                + "given with --implementation (and its jars with --classpath), and print the clause table."})
final class ConformCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--implementation", paramLabel = "CLASS", description = "A concrete subclass of "
            + "MlpConformanceSuite, GraphConformanceSuite or RuntimeBoundsSuite, or an adapter class implementing "
            + "MlpImplementation and/or GraphImplementation with a public no-argument constructor. Default: the "
            + "reference.")
    private String implementation;

    @Mixin
    private AdapterLoader adapters;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Also write the results as JSON.")
    private Path report;

    @Option(names = "--html", paramLabel = "FILE.html", description = "Also write the results as an HTML page.")
    private Path html;

    @Option(names = "--seed", paramLabel = "N", description = "The base seed of the generated cases "
            + "(default 20261122); each case's own seed is in its name.")
    private Long seed;

    @Option(names = "--skip-bounds", description = "Leave out the runtime-bounds profile (clauses BOUND-*), "
            + "which measures for up to a minute; it runs by default for the reference and for an MLP adapter.")
    private boolean skipBounds;

    @Option(names = "--clauses", paramLabel = "CLAUSE,…", split = ",", description = "Run only the cases of these "
            + "clauses (e.g. BP2,FMT-RESULT). Default: every clause.")
    private Set<String> clauses = new LinkedHashSet<>();

    @Option(names = "--case-timeout", paramLabel = "SECONDS", defaultValue = "60", description = "The time limit of "
            + "each call of the implementation within a case (default ${DEFAULT-VALUE}); a call that exceeds it fails "
            + "its case.")
    private double caseTimeout;

    @Option(names = "--max-heap", paramLabel = "SIZE", defaultValue = "1g", description = "The heap limit of the "
            + "JVM that runs the suites, as java's -Xmx (default ${DEFAULT-VALUE}).")
    private String maxHeap;

    @Option(names = "--property", paramLabel = "KEY=VALUE", description = "A system property for the "
            + "implementation, set in the JVM that runs the suites (repeatable).")
    private Map<String, String> properties = new LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        OutputFile reportFile = OutputFile.checked("--report", report);
        OutputFile htmlFile = OutputFile.checked("--html", html);
        List<Outcome> outcomes = new IsolatedRun(settings(), spec.commandLine().getErr()).outcomes();
        return report(outcomes, reportFile, htmlFile);
    }

    /** What the options ask of the run, checked: bad input ends the command before any JVM starts. */
    IsolatedRun.Settings settings() {
        return new IsolatedRun.Settings(implementation, !skipBounds, adapters.paths(), clauses, timeLimit(), heap(),
                suiteProperties(), IsolatedRun.WATCHDOG_SLACK);
    }

    /**
     * The outcomes on standard output (each failing clause's first failure, the clause table, the verdict) and in
     * the report files; the exit status: 0 when every required clause passed, 1 otherwise. No outcome at all is bad
     * input, and every case failing with one linkage error a setup error (FMT-CLI).
     */
    int report(List<Outcome> outcomes, OutputFile reportFile, OutputFile htmlFile) {
        if (outcomes.isEmpty()) {
            throw clauses.isEmpty() ? new InvalidInputException(AdapterLoader.OPTION, implementation
                    + " ran no conformance test") : new InvalidInputException("--clauses", "no conformance test of "
                    + String.join(",", clauses) + " ran");
        }
        CommonLinkageError.of(outcomes).ifPresent(error -> {
            throw new SetupException(AdapterLoader.OPTION, "every case failed with " + error + ": a class the "
                    + "implementation needs is missing or does not link; add its jar with --classpath");
        });
        List<ClauseTally> rows = ClauseTally.of(outcomes);
        String name = implementation == null ? "bprop reference" : implementation;
        PrintWriter out = spec.commandLine().getOut();
        out.print(ConformanceReports.firstFailures(rows, outcomes));
        out.print(ConformanceReports.table(rows));
        out.println(ClauseTally.verdict(rows));
        if (reportFile != null) {
            ConformanceReports.json(reportFile, name, rows, outcomes);
        }
        if (htmlFile != null) {
            ConformanceReports.html(htmlFile, name, rows, outcomes);
        }
        return ClauseTally.conforms(rows) ? 0 : 1;
    }

    private Duration timeLimit() {
        if (!(caseTimeout > 0) || Double.isInfinite(caseTimeout)) {
            throw new InvalidInputException("--case-timeout", "expected a positive number of seconds, found "
                    + caseTimeout);
        }
        return Duration.ofMillis(Math.max(1, Math.round(caseTimeout * 1000)));
    }

    private String heap() {
        if (!maxHeap.matches("[1-9][0-9]*[kKmMgG]?")) {
            throw new InvalidInputException("--max-heap", "expected a size such as 512m or 2g, found " + maxHeap);
        }
        return maxHeap;
    }

    /** {@code --property}, then the seed and the time limit, which the options set. */
    private Map<String, String> suiteProperties() {
        Map<String, String> all = new LinkedHashMap<>(properties);
        if (seed != null) {
            all.put("bprop.conformance.seed", seed.toString());
        }
        all.put(AdapterCall.TIME_LIMIT_PROPERTY, String.valueOf(caseTimeout));
        return all;
    }
}
