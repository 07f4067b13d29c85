package dev.bprop.cli;

import static dev.bprop.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bprop.cli.ValidateCommandTest.Run;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.VectorCatalog;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bprop explain --format latex --standalone} compiles: for every vector of the spec's catalogue (problems and
 * graphs), pdflatex runs without an error and without a "Missing character" warning (a symbol the font lacks, which
 * pdflatex drops from the page and only warns about). Without pdflatex on the PATH the tests are skipped with that
 * reason, never passed; {@code .ci/run} installs it.
 */
class ExplainLatexCompilesTest {
    @TempDir
    Path folder;

    @TestFactory
    Stream<DynamicTest> explain_latexOfEveryVectorCompilesWithPdflatex() {
        return VectorCatalog.all().stream().map(vector -> DynamicTest.dynamicTest(vector.id(), () -> compiles(vector)));
    }

    private void compiles(TestVector vector) throws IOException, InterruptedException {
        assumeTrue(onPath("pdflatex"), "pdflatex is not installed (Debian: apt-get install texlive-latex-base)");
        Run run = run("explain", vector.id(), "--format", "latex", "--standalone");
        assertEquals(0, run.status(), run.err());
        Path tex = Files.writeString(folder.resolve(vector.id() + ".tex"), run.out());
        Process pdflatex = new ProcessBuilder("pdflatex", "-halt-on-error", "-interaction=nonstopmode",
                tex.getFileName().toString()).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve(vector.id() + ".out").toFile()).start();
        assertTrue(pdflatex.waitFor(60, TimeUnit.SECONDS), "pdflatex did not finish in 60 s");
        String log = Files.readString(folder.resolve(vector.id() + ".log"), StandardCharsets.ISO_8859_1);
        assertEquals(0, pdflatex.exitValue(), vector.id() + ": pdflatex failed:\n" + errors(log));
        assertTrue(!log.contains("Missing character"), vector.id() + ": a symbol is missing from the font:\n"
                + log.lines().filter(line -> line.contains("Missing character")).toList());
        assertTrue(Files.size(folder.resolve(vector.id() + ".pdf")) > 0);
    }

    private static String errors(String log) {
        return String.join("\n", log.lines().filter(line -> line.startsWith("!") || line.startsWith("l.")).toList());
    }

    private static boolean onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
    }
}
