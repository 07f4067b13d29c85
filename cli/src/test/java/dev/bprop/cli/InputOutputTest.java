package dev.bprop.cli;

import static dev.bprop.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bprop.cli.ValidateCommandTest.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the command reads its input and writes its output (clauses FMT-CLI, FMT-ERRORS): every input read exactly
 * once and bounded, every rule checked by one validation for every command, every message one line, every output
 * written whole or not at all, and output paths checked before any work.
 */
class InputOutputTest {
    static final Duration GENEROUS = Duration.ofSeconds(30);
    private static final String XOR_SHIFTED = GradientCommandTest.SHIFTED_XOR;

    @TempDir
    Path folder;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    /** Bad input: status 2, nothing on standard output, exactly one line on standard error starting with error. */
    static void assertOneLineError(Run run, String error) {
        assertEquals(2, run.status(), run.out() + run.err());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith(error), run.err());
    }

    private Path mkfifo() throws IOException, InterruptedException {
        return mkfifo(folder.resolve("pipe"));
    }

    /** A named pipe at {@code fifo}; the test is aborted where there are none. */
    static Path mkfifo(Path fifo) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        } catch (IOException e) {
            Assumptions.abort("needs mkfifo (POSIX named pipes): " + e.getMessage());
            throw e;
        }
        Assumptions.assumeTrue(process.waitFor() == 0, "mkfifo failed");
        return fifo;
    }

    private static Thread writeInto(Path fifo, String content) {
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(content.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The reader has gone; the test's own assertions say why.
            }
        });
        writer.setDaemon(true);
        writer.start();
        return writer;
    }

    /* Telling the kind apart by a first read and then reading again would find the pipe empty. */
    @ParameterizedTest
    @MethodSource("readingCommands")
    void fmtErrors_aNamedPipeWithAWriterIsReadOnceByEveryCommand(String command) throws Exception {
        Path fifo = mkfifo();
        writeInto(fifo, XOR_SHIFTED);
        Run run = assertTimeoutPreemptively(GENEROUS, () -> run(command, fifo.toString()));
        assertEquals(0, run.status(), command + ": " + run.err());
        assertEquals("", run.err());
    }

    static Stream<String> readingCommands() {
        return Stream.of("validate", "check", "explain", "gradient", "forward");
    }

    @Test
    void fmtErrors_eSize_anEndlessInputOrResultIsRefusedInBoundedTime() throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        String tooLarge = "/dev/zero: is larger than 256 MiB, the largest input bprop reads (E-SIZE)";
        assertOneLineError(assertTimeoutPreemptively(GENEROUS, () -> run("validate", "/dev/zero")), tooLarge);
        Path problem = write("p.json", XOR_SHIFTED);
        assertOneLineError(assertTimeoutPreemptively(GENEROUS,
                () -> run("check", problem.toString(), "--result", "/dev/zero")), tooLarge);
    }

    @Test
    void fmtErrors_aResultFilesErrorsNameThatFile() throws IOException {
        Path problem = write("p.json", XOR_SHIFTED);
        Path result = write("r.json", "{\"loss\": 0.045, \"outputs\": [[0.3]]}");
        assertOneLineError(run("check", problem.toString(), "--result", result.toString()),
                result + ": outputs: expected 4 rows (one per example), found 1");
    }

    /* A line break inside a name, a node name or the file name is escaped, never a second line. */
    @Test
    void fmtErrors_controlCharactersNeverForgeASecondLine() throws IOException {
        assertOneLineError(run("gradient", write("a.json", XOR_SHIFTED.replace("\"relu\"", "\"re\\nlu\"")).toString()),
                "layers[0].activation: unknown activation \"re\\nlu\"");
        Path graph = write("g.json", """
                {"nodes": [{"name": "x\\ny", "op": "input", "value": 1},
                           {"name": "x\\ny", "op": "input", "value": 2}], "output": "x\\ny"}
                """);
        assertOneLineError(run("validate", graph.toString()), "nodes[1].name: \"x\\ny\" is already the name of nodes[0]");
        Path strangeName = folder.resolve("two\nlines.json");
        assertOneLineError(run("validate", strangeName.toString()),
                folder + "/two\\nlines.json: cannot be read: no such file");
        Run usage = run("train", "--activation", "re\nlu");
        assertEquals(2, usage.status());
        assertTrue(usage.err().startsWith("--activation: expected identity, sigmoid, tanh, hardtanh, relu or "
                + "leaky_relu, found re\\nlu\n"), usage.err());
    }

    /* FMT-NUMBERS: 0.1 followed by 1 497 zeros and a 1 is, to the nearest double, 0.1; the answer is XOR's. */
    @Test
    void fmtNumbers_numbersWrittenWith1500DigitsAreRead() throws IOException {
        String longBias = "0.3" + "0".repeat(1497) + "1";
        Path file = write("long.json", XOR_SHIFTED.replace("0.3", longBias));
        Run run = run("validate", file.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(run("gradient", write("x.json", XOR_SHIFTED).toString()).out(),
                run("gradient", file.toString()).out());
    }

    /* log(−1), 1/0, exp(1000) overflowing, (−8)^(1/3) for ∂/∂exponent, and a failing node off the output's path. */
    static Stream<Arguments> graphsWhoseEvaluationFails() {
        return Stream.of(
                Arguments.of("log of -1", node("log", "[\"x\"]")),
                Arguments.of("division by 0", node("div", "[\"x\", \"zero\"]")),
                Arguments.of("exp overflow", node("exp", "[\"thousand\"]")),
                Arguments.of("pow of a negative base", node("pow", "[\"x\", \"third\"]")));
    }

    /** x = −1, two constants, an input 1/3, out = −x, and last f = op(…): f is off the output's path (FMT-GRAPH). */
    private static String node(String op, String inputs) {
        return """
                {"nodes": [{"name": "x", "op": "input", "value": -1},
                           {"name": "zero", "op": "const", "value": 0}, {"name": "thousand", "op": "const", "value": 1000},
                           {"name": "third", "op": "input", "value": 0.3333333333333333},
                           {"name": "out", "op": "neg", "inputs": ["x"]},
                           {"name": "f", "op": "%s", "inputs": %s}], "output": "out"}
                """.formatted(op, inputs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphsWhoseEvaluationFails")
    void fmtErrors_eEval_validateRefusesExactlyWhatGraphGradientRefuses(String kind, String graph) throws IOException {
        Path file = write("g.json", graph);
        Run graphGradient = run("graph-gradient", file.toString());
        assertOneLineError(graphGradient, "nodes[5] (f)");
        assertEquals(graphGradient, run("validate", file.toString()), kind);
        assertEquals(graphGradient, run("check", file.toString()), kind);
    }

    /* A graph without inputs: validate accepts it, graph-gradient prints an empty gradient, check has nothing to compare. */
    @Test
    void fmtCli_checkOnAGraphWithoutInputNodesAgreesWithNothingToCompare() throws IOException {
        Path file = write("c.json", "{\"nodes\": [{\"name\": \"c\", \"op\": \"const\", \"value\": 2}], \"output\": \"c\"}");
        Run run = run("check", file.toString());
        assertEquals(new Run(0, "the graph has no input node: its gradient is empty, nothing to compare\nagree\n", ""),
                run);
        Path badResult = write("r.json", "{\"value\": 2}");
        assertOneLineError(run("check", file.toString(), "--result", badResult.toString()), badResult + ": gradient: missing");
    }

    /* 1e200 · 1e200 = 1e400 and 1.797e308 · 2 both leave the doubles in the forward pass: E-EVAL names the layer. */
    static Stream<Arguments> overflowingProblems() {
        return Stream.of(
                Arguments.of("""
                        {"layers": [{"activation": "relu", "weights": [[1e200]], "bias": [0]},
                                    {"activation": "identity", "weights": [[1e200]], "bias": [0]}],
                         "loss": "mse", "inputs": [[1]], "targets": [[0]]}""", "layers[1]: z^2 of example 0, unit 0 is Infinity"),
                Arguments.of("""
                        {"layers": [{"activation": "identity", "weights": [[1.797e308]], "bias": [0]}],
                         "loss": "mse", "inputs": [[2]], "targets": [[0]]}""", "layers[0]: z^1 of example 0, unit 0 is Infinity"));
    }

    @ParameterizedTest
    @MethodSource("overflowingProblems")
    void fmtErrors_eEval_anOverflowingForwardPassIsRefusedByEveryCommandAlike(String problem, String error)
            throws IOException {
        Path file = write("huge.json", problem);
        for (String command : new String[] {"validate", "gradient", "forward", "check", "explain"}) {
            assertOneLineError(run(command, file.toString()), error);
        }
    }

    @Test
    void fmtCli_explainRefusesAProblemTooLargeToRead() throws IOException {
        int width = 320;
        String row = "[" + "0.5,".repeat(width - 1) + "0.5]";
        String zeros = "[" + "0,".repeat(width - 1) + "0]";
        Path file = write("wide.json", "{\"layers\": [{\"activation\": \"identity\", \"weights\": ["
                + (row + ",").repeat(width - 1) + row + "], \"bias\": " + zeros + "}], \"loss\": \"mse\", "
                + "\"inputs\": [" + zeros + "], \"targets\": [" + zeros + "]}");
        // w + m·(n_0 + n_1) = 320·320 + 320 + 1·(320 + 320) = 103 360 numbers explained.
        assertOneLineError(assertTimeoutPreemptively(GENEROUS, () -> run("explain", file.toString())),
                file + ": is too large to explain: 103360 numbers, more than 100000");
    }

    @Test
    void fmtCli_aGraphGivenToGradientNamesTheFileAndTheCommandForIt() throws IOException {
        Path graph = write("g.json", "{\"nodes\": [{\"name\": \"x\", \"op\": \"input\", \"value\": 2}], \"output\": \"x\"}");
        assertOneLineError(run("gradient", graph.toString()), graph + ": is a graph file (it has \"nodes\"), not a "
                + "problem file; use bprop graph-gradient");
        Path problem = write("p.json", XOR_SHIFTED);
        assertOneLineError(run("graph-gradient", problem.toString()), problem + ": is a problem file (it has "
                + "\"layers\"), not a graph file; use bprop gradient");
    }

    @Test
    void fmtErrors_eGInputsOnLeaf_anEmptyInputListOnAnInputNodeIsRejected() throws IOException {
        Path graph = write("g.json", """
                {"nodes": [{"name": "x", "op": "input", "value": 2, "inputs": []}], "output": "x"}""");
        assertOneLineError(run("validate", graph.toString()), "nodes[0].inputs: ");
    }

    /* The IDs are the file names listed in the spec's index.json, read here as plain JSON, without the reader. */
    @Test
    void fmtVector_vectorsListsEveryIdAndEveryCommandTakesThem() throws IOException {
        JsonNode index = new ObjectMapper().readTree(getClass().getResourceAsStream("/dev/bprop/spec/vectors/index.json"));
        List<String> ids = new ArrayList<>();
        index.get("vectors").forEach(file -> ids.add(file.asText().replace(".json", "")));
        Run run = run("vectors");
        assertEquals(0, run.status(), run.err());
        assertEquals(ids, run.out().lines().map(line -> line.split(" +")[0]).toList());
        assertTrue(run.out().lines().anyMatch(line -> line.matches("adjoint +graph +EX-ADJOINT .*")), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.matches("xor-relu-shifted +problem +EX-XOR-SHIFTED .*")),
                run.out());
        for (String id : ids) {
            assertEquals(0, run("validate", id).status(), id);
        }
        assertEquals(0, run("gradient", "xor-relu-shifted").status());
        assertEquals(0, run("forward", "xor-relu-shifted").status());
        assertEquals(0, run("graph-gradient", "adjoint").status());
        assertEquals(0, run("check", "adjoint").status());
    }

    @Test
    void fmtCli_aUsageErrorPrintsTheShortUsageOfThatCommandOnly() {
        Run run = run("train", "--epochs", "many");
        assertEquals(2, run.status());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(3, lines.size(), run.err());
        assertEquals("Usage: bprop train [OPTIONS]", lines.get(1));
    }

    /* Each of these used to run all its work (conform printed CONFORMS) and then fail with a stack trace. */
    static Stream<Arguments> unwritableOutputs() {
        return Stream.of(
                Arguments.of(List.of("conform", "--report", "/missing/x.json"), "--report /missing/x.json: cannot be written: the folder /missing does not exist"),
                Arguments.of(List.of("conform", "--html", "FOLDER"), "--html FOLDER: is a folder"),
                Arguments.of(List.of("train", "--plot", "/missing/dir/x.png"), "--plot /missing/dir/x.png: cannot be written: the folder /missing/dir does not exist"),
                Arguments.of(List.of("bounds", "--plot", "/missing/x.png"), "--plot /missing/x.png: cannot be written"));
    }

    @ParameterizedTest
    @MethodSource("unwritableOutputs")
    void fmtCli_outputPathsAreCheckedBeforeAnyWork(List<String> arguments, String error) {
        String[] args = arguments.stream().map(a -> a.replace("FOLDER", folder.toString())).toArray(String[]::new);
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run(args));
        assertOneLineError(run, error.replace("FOLDER", folder.toString()));
    }

    /* /proc takes no new file, not even for root: the check tries to create one rather than trust permissions. */
    @Test
    void fmtCli_aFolderThatTakesNoNewFileIsRefusedBeforeAnyWork() {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> run("bounds", "--plot", "/proc/bprop-scaling.png"));
        assertOneLineError(run, "--plot /proc/bprop-scaling.png: cannot be written: the folder /proc takes no new file");
    }

    /* The content fails half-way: the earlier file stays as it was and no temporary file is left. */
    @Test
    void fmtCli_anOutputFileIsWrittenWholeOrNotAtAll() throws IOException {
        Path target = write("report.json", "earlier");
        OutputFile output = OutputFile.checked("--report", target);
        OutputFile.Failed failed = assertThrows(OutputFile.Failed.class, () -> output.write(out -> {
            out.write("{\"half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("--report " + target + ": cannot be written (No space left on device); nothing was written",
                failed.getMessage());
        assertEquals("earlier", Files.readString(target));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList());
        }
        output.write(out -> out.write("whole".getBytes(StandardCharsets.UTF_8)));
        assertEquals("whole", Files.readString(target));
    }

    /* PrintWriter swallows write errors; the command must not exit 0 after a truncated answer. */
    @Test
    void fmtCli_aFailedWriteToStandardOutputEndsWithStatus1() throws IOException {
        Path problem = write("p.json", XOR_SHIFTED);
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("File too large");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Bprop.run(new String[] {"gradient", problem.toString()},
                new PrintWriter(new OutputStreamWriter(full, StandardCharsets.UTF_8)),
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)));
        assertEquals(1, status);
        assertEquals("standard output: cannot be written (a full disk, a file size limit or a closed pipe); the "
                + "output is incomplete\n", err.toString(StandardCharsets.UTF_8));
    }
}
