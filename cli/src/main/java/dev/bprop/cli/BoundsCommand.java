package dev.bprop.cli;

import dev.bprop.conformance.bounds.Bound;
import dev.bprop.conformance.bounds.BoundReport;
import dev.bprop.conformance.bounds.BoundsPlan;
import dev.bprop.conformance.bounds.BoundsSettings;
import dev.bprop.conformance.bounds.ReferenceBoundsImplementation;
import dev.bprop.conformance.bounds.RuntimeBounds;
import dev.bprop.conformance.bounds.Verdict;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.json.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bprop bounds}: measures the runtime bounds (clauses BOUND-*) of the reference or of an
 * adapter, prints the fitted exponents, their confidence intervals, the gradient/forward ratio and the verdicts as a
 * Markdown table, and with {@code --plot} draws time against weights, depth and batch size on log–log axes with the
 * fitted lines. Limits and budget come from the {@code bprop.bounds.*} system properties or {@code BPROP_BOUNDS_*}
 * variables. Exit status 0 when no clause fails (inconclusive and skipped ones do not), 1 when one fails, 2 on bad
 * input.
 */
@Command(name = "bounds",
        description = {"Measure how the gradient's time and memory grow with weights, depth and batch size, against "
                + "the bounds backpropagation promises, for the reference or for an adapter given with "
                + "--implementation (and its jars with --classpath)."})
final class BoundsCommand implements Callable<Integer> {
    private static final List<Bound> PLOTTED = List.of(Bound.WEIGHTS, Bound.DEPTH, Bound.BATCH);

    @Spec
    private CommandSpec spec;

    @Option(names = AdapterLoader.OPTION, paramLabel = "CLASS", description = "An adapter class implementing "
            + "MlpImplementation (and, for the ratio and the allocation hooks, RuntimeBoundsImplementation) with a "
            + "public no-argument constructor. Default: the reference.")
    private String implementation;

    @Mixin
    private AdapterLoader adapters;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "Also draw the scaling plot into this PNG file.")
    private Path plot;

    @Override
    public Integer call() throws IOException {
        OutputFile plotFile = OutputFile.checked("--plot", plot);
        try (URLClassLoader loader = adapters.open()) {
            MlpImplementation adapter = implementation == null ? new ReferenceBoundsImplementation()
                    : adapter(loader);
            List<BoundReport> reports = new RuntimeBounds(BoundsSettings.fromEnvironment(), BoundsPlan.standard())
                    .checkAll(adapter);
            PrintWriter out = spec.commandLine().getOut();
            out.print(table(implementation == null ? "bprop reference" : implementation, reports));
            if (plotFile != null) {
                writePlot(plotFile, reports);
            }
            return reports.stream().anyMatch(r -> r.verdict() == Verdict.FAIL) ? 1 : 0;
        }
    }

    /** The reports as a Markdown table, one row per clause. */
    static String table(String name, List<BoundReport> reports) {
        StringBuilder table = new StringBuilder("Runtime bounds of " + name + "\n\n"
                + "| test | rule | measured | estimate | 99% CI | limit | rounds | verdict |\n"
                + "| --- | --- | --- | ---: | --- | ---: | ---: | --- |\n");
        for (BoundReport report : reports) {
            table.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %s | %.2f | %d | %s |%n",
                    report.bound().testName(), report.bound().ruleId(),
                    report.bound().isExponent() ? "exponent of " + report.bound().yAxis() + " vs " + report.bound()
                            .xAxis() : "gradient time / forward time",
                    report.estimate(), report.interval().map(Object::toString).orElse("-"), report.limit(),
                    report.rounds(), report.verdict() + (report.reason().isEmpty() ? "" : ": " + report.reason())));
        }
        return table.append(String.format(Locale.ROOT, "%nseed %d%n", reports.get(0).seed())).toString();
    }

    /** Time against weights, depth and batch size, side by side, log–log, with the fitted lines and the verdicts. */
    static void writePlot(OutputFile file, List<BoundReport> reports) {
        System.setProperty("java.awt.headless", "true");
        List<XYChart> charts = new ArrayList<>();
        for (BoundReport report : reports) {
            if (PLOTTED.contains(report.bound())) {
                charts.add(chart(report));
            }
        }
        file.write(out -> BitmapEncoder.saveBitmap(charts, 1, charts.size(), out, BitmapEncoder.BitmapFormat.PNG));
    }

    static XYChart chart(BoundReport report) {
        Bound bound = report.bound();
        String title = report.verdict() == Verdict.SKIPPED ? bound.ruleId() + ": SKIPPED"
                : String.format(Locale.ROOT, "%s: exponent %.2f %s, %s", bound.ruleId(), report.estimate(),
                        report.interval().map(Object::toString).orElse(""), report.verdict());
        XYChart chart = new XYChartBuilder().width(560).height(440).title(title).xAxisTitle(bound.xAxis())
                .yAxisTitle(bound.yAxis()).build();
        chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true).setLegendVisible(true);
        if (!report.points().isEmpty()) {
            double[] x = report.points().stream().mapToDouble(BoundReport.Point::x).toArray();
            double[] y = report.points().stream().mapToDouble(BoundReport.Point::y).toArray();
            chart.addSeries("median", x, y).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            report.fit().ifPresent(fit -> chart.addSeries(String.format(Locale.ROOT, "fit x^%.2f", fit.slope()), x,
                    Arrays.stream(x).map(fit::at).toArray()).setMarker(SeriesMarkers.NONE));
            chart.addSeries(String.format(Locale.ROOT, "limit x^%.2f", report.limit()), x,
                    Arrays.stream(x).map(v -> y[0] * Math.pow(v / x[0], report.limit())).toArray())
                    .setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    private MlpImplementation adapter(ClassLoader loader) {
        Class<?> chosen = AdapterLoader.load(implementation, loader);
        if (!MlpImplementation.class.isAssignableFrom(chosen)) {
            throw new InvalidInputException(AdapterLoader.OPTION, implementation + " is not an MlpImplementation "
                    + "adapter");
        }
        return (MlpImplementation) AdapterLoader.instantiate(chosen);
    }
}
