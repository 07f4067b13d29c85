package dev.bprop.cli;

import static dev.bprop.cli.ValidateCommandTest.assertBadInput;
import static dev.bprop.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.cli.ValidateCommandTest.Run;
import dev.bprop.conformance.bounds.Bound;
import dev.bprop.conformance.bounds.BoundReport;
import dev.bprop.conformance.bounds.Interval;
import dev.bprop.conformance.bounds.LogLogFit;
import dev.bprop.conformance.bounds.Verdict;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bprop bounds}: the table, the plot, the exit status and bad input. */
class BoundsCommandTest {
    @TempDir
    Path folder;

    /** A plain adapter without the bounds hooks: the ratio is skipped. */
    public static final class PlainAdapter implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            return Backpropagation.gradient(problem);
        }
    }

    @BeforeEach
    void shortBudget() {
        System.setProperty("bprop.bounds.budget", "3");
    }

    @AfterEach
    void defaultBudget() {
        System.clearProperty("bprop.bounds.budget");
    }

    @Test
    void measuresThePlainAdapterAndDrawsThePlot() throws IOException {
        Path png = folder.resolve("scaling.png");
        Run run = run("bounds", "--implementation", PlainAdapter.class.getName(), "--plot", png.toString());
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().startsWith("Runtime bounds of " + PlainAdapter.class.getName()), run.out());
        for (Bound bound : Bound.values()) {
            assertTrue(run.out().contains("| " + bound.testName() + " | " + bound.ruleId() + " |"), run.out());
        }
        assertTrue(run.out().contains("SKIPPED: the adapter has no forward pass alone"), run.out());
        assertTrue(run.out().contains("seed 20261122"), run.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(3 * 560, image.getWidth());
        assertEquals(440, image.getHeight());
    }

    /** An adapter that allocates a weight-sized buffer per example: memory O(m·w), which BOUND-MEMORY fails. */
    public static final class BufferPerExample implements MlpImplementation {
        @Override
        public Result gradient(Problem problem) {
            double[][] buffers = new double[problem.batchSize()][(int) problem.parameterCount()];
            Result result = Backpropagation.gradient(problem);
            return buffers.length > 0 ? result : null;
        }
    }

    @Test
    void aFailedClauseEndsWithStatusOne() {
        Run run = run("bounds", "--implementation", BufferPerExample.class.getName());
        assertEquals(1, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("| required_BOUND-MEMORY_per-example-exponent | BOUND-MEMORY |"),
                run.out());
        assertTrue(run.out().contains("| FAIL |"), run.out());
    }

    /** Without --implementation the reference is measured, with its forward pass for the ratio. */
    @Test
    void measuresTheReferenceByDefault() {
        System.setProperty("bprop.bounds.budget", "0.3");
        System.setProperty("bprop.bounds.warmup", "0.05");
        try {
            Run run = run("bounds");
            assertEquals(0, run.status(), run.out() + run.err());
            assertTrue(run.out().startsWith("Runtime bounds of bprop reference\n"), run.out());
            assertTrue(run.out().contains("| required_BOUND-RATIO_gradient-over-forward | BOUND-RATIO |"), run.out());
            assertTrue(!run.out().contains("no forward pass alone"), run.out());
        } finally {
            System.clearProperty("bprop.bounds.warmup");
        }
    }

    /** A failed bound on depth: measured (4, 10) and (8, 40), the exponent 2 of a quadratic backward pass. */
    private static final BoundReport QUADRATIC_DEPTH = new BoundReport(Bound.DEPTH, Verdict.FAIL, 1.9,
            Optional.of(new Interval(1.8, 2)), 1.25, List.of(new BoundReport.Point(4, 10), new BoundReport.Point(8, 40)),
            Optional.of(new LogLogFit(2, 0)), 5, 7, "");

    @Test
    void theTableShowsEstimateIntervalLimitRoundsAndVerdict() {
        BoundReport skipped = BoundReport.skipped(Bound.RATIO, 5, 7, "no forward pass");
        String table = BoundsCommand.table("lib", List.of(QUADRATIC_DEPTH, skipped));
        assertTrue(table.startsWith("Runtime bounds of lib\n"), table);
        assertTrue(table.contains("| required_BOUND-DEPTH_time-exponent | BOUND-DEPTH | exponent of gradient time (ns) "
                + "vs depth L | 1.900 | [1.800, 2.000] | 1.25 | 5 | FAIL |"), table);
        assertTrue(table.contains("| required_BOUND-RATIO_gradient-over-forward | BOUND-RATIO | gradient time / "
                + "forward time | NaN | - | 5.00 | 0 | SKIPPED: no forward pass |"), table);
        assertTrue(table.endsWith("seed 7\n"), table);
    }

    /**
     * One panel: the medians, the fitted line e^0·x² = 16 and 64 at x = 4 and 8, and the limit's line through the
     * first median, 10·(x/4)^1.25 = 10 and 10·2^1.25 = 23.784142300054421 (2^1.25 = 2.3784142300054421).
     */
    @Test
    void aPanelHasTheMediansTheFitAndTheLimit() {
        XYChart chart = BoundsCommand.chart(QUADRATIC_DEPTH);
        assertEquals("BOUND-DEPTH: exponent 1.90 [1.800, 2.000], FAIL", chart.getTitle());
        assertEquals(List.of("median", "fit x^2.00", "limit x^1.25"), List.copyOf(chart.getSeriesMap().keySet()));
        assertArrayEquals(new double[] {10, 40}, chart.getSeriesMap().get("median").getYData());
        assertArrayEquals(new double[] {16, 64}, chart.getSeriesMap().get("fit x^2.00").getYData(), 1e-12);
        assertArrayEquals(new double[] {10, 23.784142300054421}, chart.getSeriesMap().get("limit x^1.25").getYData(),
                1e-12);
    }

    @Test
    void aSkippedPanelSaysSoAndIsEmpty() {
        XYChart chart = BoundsCommand.chart(BoundReport.skipped(Bound.WEIGHTS, 1.25, 1, "no tanh"));
        assertEquals("BOUND-WEIGHTS: SKIPPED", chart.getTitle());
        assertTrue(chart.getSeriesMap().isEmpty());
    }

    @Test
    void aPlotOfSkippedClausesStillHasItsPanels() throws IOException {
        Path png = folder.resolve("skipped.png");
        BoundsCommand.writePlot(OutputFile.checked("--plot", png), List.of(BoundReport.skipped(Bound.WEIGHTS, 1.25, 1, "no tanh"),
                BoundReport.skipped(Bound.RATIO, 5, 1, "no forward")));
        assertEquals(560, ImageIO.read(png.toFile()).getWidth());
        assertTrue(Files.size(png) > 0);
    }

    @Test
    void anAdapterThatCannotBeLoadedIsASetupErrorAndAWrongOneBadInput() {
        ConformCommandTest.assertSetupError("--implementation: cannot load no.such.Adapter", "bounds",
                "--implementation", "no.such.Adapter");
        assertBadInput("--implementation: java.lang.String is not an MlpImplementation adapter", "bounds",
                "--implementation", String.class.getName());
        assertBadInput("--implementation: " + NoConstructor.class.getName() + " needs a public no-argument "
                + "constructor", "bounds", "--implementation", NoConstructor.class.getName());
        assertBadInput("--classpath: " + folder.resolve("missing.jar") + " does not exist", "bounds", "--classpath",
                folder.resolve("missing.jar").toString());
    }

    /** An adapter the command cannot instantiate. */
    public static final class NoConstructor implements MlpImplementation {
        public NoConstructor(int ignored) {
        }

        @Override
        public Result gradient(Problem problem) {
            return Backpropagation.gradient(problem);
        }
    }
}
