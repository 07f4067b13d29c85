package dev.bprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bprop validate}: a one-line summary for a valid file; exit 2 and the named place for a broken one. */
class ValidateCommandTest {
    @TempDir
    Path folder;

    record Run(int status, String out, String err) {
    }

    /** Runs the command through buffered writers, as on a real terminal, so that unflushed output is lost. */
    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Bprop.run(args, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs the command and checks that it ends as bad input: status 2, nothing printed, the error named first. */
    static void assertBadInput(String error, String... args) {
        Run run = run(args);
        assertEquals(2, run.status(), run.out() + run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(error), run.err());
    }

    @Test
    void fmtCli_everyCommandAnswersHelpWithItsUsage() {
        for (String command : new String[] {"validate", "gradient", "check", "conform", "bounds"}) {
            Run run = run(command, "--help");
            assertEquals(0, run.status(), command);
            assertTrue(run.out().startsWith("Usage: bprop " + command + " "), run.out());
        }
    }

    @Test
    void fmtProblem_aValidProblemIsSummarisedInOneLine() throws IOException {
        Path file = Files.writeString(folder.resolve("xor.json"), """
                {"id": "xor-relu-shifted",
                 "layers": [{"activation": "relu", "weights": [[1, 1], [1, 1]], "bias": [0, -1]},
                            {"activation": "identity", "weights": [[1, -2]], "bias": [0.3]}],
                 "loss": "mse", "inputs": [[0, 0], [0, 1], [1, 0], [1, 1]], "targets": [[0], [1], [1], [0]]}
                """);
        Run run = run("validate", file.toString());
        assertEquals(new Run(0, file + ": valid problem \"xor-relu-shifted\": 2 layers 2-2-1 (relu, identity), "
                + "loss mse, batch of 4, 9 parameters\n", ""), run);
    }

    @Test
    void fmtProblem_aOneLayerProblemWithoutIdSaysLayerInTheSingular() throws IOException {
        Path file = Files.writeString(folder.resolve("one.json"), """
                {"layers": [{"activation": "sigmoid", "weights": [[1, 2, 3]], "bias": [0]}],
                 "loss": "binary_cross_entropy", "inputs": [[0, 0, 1]], "targets": [[1]]}
                """);
        assertEquals(file + ": valid problem: 1 layer 3-1 (sigmoid), loss binary_cross_entropy, batch of 1, "
                + "4 parameters\n", run("validate", file.toString()).out());
    }

    @Test
    void fmtGraph_aValidGraphIsSummarisedInOneLine() throws IOException {
        Path file = Files.writeString(folder.resolve("adjoint.json"), """
                {"id": "adjoint", "nodes": [
                  {"name": "x1", "op": "input", "value": 0.7}, {"name": "x2", "op": "input", "value": -1.3},
                  {"name": "w3", "op": "mul", "inputs": ["x1", "x2"]}, {"name": "w4", "op": "sin", "inputs": ["x1"]},
                  {"name": "w5", "op": "add", "inputs": ["w3", "w4"]}], "output": "w5"}
                """);
        assertEquals(new Run(0, file + ": valid graph \"adjoint\": 5 nodes, 2 inputs, output w5\n", ""),
                run("validate", file.toString()));
        Path anonymous = Files.writeString(folder.resolve("c.json"),
                "{\"nodes\": [{\"name\": \"c\", \"op\": \"const\", \"value\": 1}], \"output\": \"c\"}");
        assertEquals(anonymous + ": valid graph: 1 nodes, 0 inputs, output c\n",
                run("validate", anonymous.toString()).out());
    }

    @Test
    void fmtErrors_aBrokenFileExitsWithStatus2AndNamesThePlaceOnStandardError() throws IOException {
        Path file = Files.writeString(folder.resolve("bad.json"), """
                {"layers": [{"activation": "relu", "weights": [[1, 1], [1]], "bias": [0, 0]}],
                 "loss": "mse", "inputs": [[0, 0]], "targets": [[0, 0]]}
                """);
        assertEquals(new Run(2, "",
                "layers[0].weights[1]: expected 2 numbers (as many as in layers[0].weights[0]), found 1\n"),
                run("validate", file.toString()));
    }

    @Test
    void fmtErrors_aMissingFileAndAMissingArgumentExitWithStatus2() {
        Path missing = folder.resolve("absent.json");
        assertEquals(new Run(2, "", missing + ": cannot be read: no such file\n"), run("validate", missing.toString()));
        Run noArgument = run("validate");
        assertEquals(2, noArgument.status());
        assertEquals("", noArgument.out());
        assertTrue(noArgument.err().startsWith("Missing required parameter: 'FILE'"), noArgument.err());
    }

    @Test
    void version_namesTheTool() {
        Run run = run("--version");
        assertEquals(0, run.status());
        assertTrue(run.out().matches("bprop [0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?\n"), run.out());
    }
}
