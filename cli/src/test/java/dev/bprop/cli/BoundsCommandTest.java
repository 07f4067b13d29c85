package dev.bprop.cli;

import static dev.bprop.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.cli.ValidateCommandTest.Run;
import dev.bprop.conformance.bounds.Bound;
import dev.bprop.conformance.bounds.BoundReport;
import dev.bprop.conformance.bounds.fit.Interval;
import dev.bprop.conformance.bounds.fit.LogLogFit;
import dev.bprop.conformance.bounds.verdict.Verdict;
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
        assertTrue(run.out().contains("| required_COST-MEMORY_allocation-per-example-exponent | BOUND-MEMORY |"),
                run.out());
        assertTrue(run.out().contains("| FAIL |"), run.out());
    }

    @Test
    void theTableShowsEstimateIntervalLimitRoundsAndVerdict() {
        BoundReport failed = new BoundReport(Bound.DEPTH, Verdict.FAIL, 1.9, Optional.of(new Interval(1.8, 2)), 1.25,
                List.of(new BoundReport.Point(4, 10), new BoundReport.Point(8, 40)),
                Optional.of(new LogLogFit(2, 0)), 5, 7, "");
        String table = BoundsCommand.table("lib", List.of(failed));
        assertTrue(table.contains("| required_COST-TIME_depth-exponent | BOUND-DEPTH | exponent of gradient time (ns) "
                + "vs depth L | 1.900 | [1.800, 2.000] | 1.25 | 5 | FAIL |"), table);
        assertTrue(table.endsWith("seed 7\n"), table);
    }

    @Test
    void aPlotOfSkippedClausesStillHasItsPanels() throws IOException {
        Path png = folder.resolve("skipped.png");
        BoundsCommand.writePlot(png, List.of(BoundReport.skipped(Bound.WEIGHTS, 1.25, 1, "no tanh"),
                BoundReport.skipped(Bound.RATIO, 5, 1, "no forward")));
        assertEquals(560, ImageIO.read(png.toFile()).getWidth());
        assertTrue(Files.size(png) > 0);
    }

    @Test
    void anAdapterThatCannotBeLoadedIsBadInput() {
        Run missing = run("bounds", "--implementation", "no.such.Adapter");
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("--implementation: cannot load no.such.Adapter"), missing.err());
        Run notAnAdapter = run("bounds", "--implementation", String.class.getName());
        assertEquals(2, notAnAdapter.status());
        assertTrue(notAnAdapter.err().contains("is not an MlpImplementation adapter"), notAnAdapter.err());
        Run noConstructor = run("bounds", "--implementation", NoConstructor.class.getName());
        assertEquals(2, noConstructor.status());
        assertTrue(noConstructor.err().contains("needs a public no-argument constructor"), noConstructor.err());
        Run noJar = run("bounds", "--classpath", folder.resolve("missing.jar").toString());
        assertEquals(2, noJar.status());
        assertTrue(noJar.err().contains("missing.jar does not exist"), noJar.err());
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
