package dev.bprop.cli;

import dev.bprop.conformance.launch.SuiteRun;
import dev.bprop.conformance.launch.Outcome;
import dev.bprop.spec.json.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bprop conform}: runs the conformance suites (bprop-conformance-tests) through the JUnit Platform Launcher,
 * against the reference or another library's adapter, and prints a clause-by-clause table with a one-line verdict.
 * The runtime-bounds profile (COST-TIME, COST-MEMORY) runs with the MLP suite unless {@code --skip-bounds}; an
 * inconclusive bound is counted as skipped, never as failed.
 * Exit status 0 when every required clause passes, 1 when one fails, 2 on bad input.
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

    @Option(names = "--skip-bounds", description = "Leave out the runtime-bounds profile (COST-TIME, COST-MEMORY), "
            + "which measures for up to a minute; it runs by default for the reference and for an MLP adapter.")
    private boolean skipBounds;

    @Override
    public Integer call() throws IOException {
        OutputFile reportFile = OutputFile.checked("--report", report);
        OutputFile htmlFile = OutputFile.checked("--html", html);
        try (URLClassLoader loader = adapters.open()) {
            boolean withBounds = !skipBounds;
            List<Class<?>> suites = implementation == null ? SuiteSelection.reference(withBounds)
                    : SuiteSelection.of(implementation, loader, withBounds);
            List<Outcome> outcomes = runWithSeed(suites);
            if (outcomes.isEmpty()) {
                throw new InvalidInputException("--implementation", implementation + " ran no conformance test");
            }
            List<ClauseTally> rows = ClauseTally.of(outcomes);
            String name = implementation == null ? "bprop reference" : implementation;
            PrintWriter out = spec.commandLine().getOut();
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
    }

    /** Runs the suites with {@code --seed} as the suites' base seed, restoring the property afterwards. */
    private List<Outcome> runWithSeed(List<Class<?>> suites) {
        String previousSeed = System.getProperty("bprop.conformance.seed");
        if (seed != null) {
            System.setProperty("bprop.conformance.seed", seed.toString());
        }
        try {
            return SuiteRun.run(suites);
        } finally {
            if (previousSeed == null) {
                System.clearProperty("bprop.conformance.seed");
            } else {
                System.setProperty("bprop.conformance.seed", previousSeed);
            }
        }
    }
}
