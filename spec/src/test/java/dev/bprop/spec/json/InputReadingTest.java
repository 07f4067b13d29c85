package dev.bprop.spec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clause FMT-ERRORS for how input is read: exactly once, into memory, up to the limits of E-SIZE, with messages of
 * exactly one line in bprop's own words.
 */
class InputReadingTest {
    private static final Duration GENEROUS = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    static Path mkfifo(Path folder) throws IOException, InterruptedException {
        Path fifo = folder.resolve("pipe.json");
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

    @Test
    void fmtErrors_eSize_anEndlessInputIsRefusedInBoundedTime() {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "needs /dev/zero");
        InvalidInputException error = assertTimeoutPreemptively(GENEROUS,
                () -> assertThrows(InvalidInputException.class, () -> BpropJson.readProblem(zero)));
        assertEquals("/dev/zero: is larger than 256 MiB, the largest input bprop reads (E-SIZE)", error.getMessage());
    }

    /* Reading the kind and then the document would open the pipe twice: the second open finds no writer. */
    @Test
    void fmtErrors_aNamedPipeWithAWriterIsReadOnce() throws Exception {
        Path fifo = mkfifo(folder);
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(ProblemValidationTest.XOR_SHIFTED.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        Document document = assertTimeoutPreemptively(GENEROUS, () -> Document.read(fifo));
        assertEquals(BpropJson.Kind.PROBLEM, document.kind());
        assertEquals(2, document.problem().depth());
        writer.join();
    }

    @Test
    void fmtErrors_eRead_aNamedPipeWithoutWriterIsRefusedAfterTheDocumentedWait() throws Exception {
        Path fifo = mkfifo(folder);
        InvalidInputException error = assertTimeoutPreemptively(GENEROUS,
                () -> assertThrows(InvalidInputException.class, () -> Document.read(fifo)));
        assertEquals(fifo + ": cannot be read: it did not open within 10 s (a named pipe that nothing opens for "
                + "writing?)", error.getMessage());
        // The thread still blocked in open() must not keep a program that uses the reader alive.
        assertTrue(Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("bprop-open"))
                .allMatch(Thread::isDaemon));
        assertTrue(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("bprop-open")));
    }

    /* Sparse files of zero bytes: 256 MiB exactly is read (and is not JSON), one byte more is refused unread. */
    @Test
    void fmtErrors_eSize_theLimitIs256MiBExactly() throws IOException {
        Path atLimit = sparse("at-limit.json", 256L << 20);
        String atLimitMessage = assertThrows(InvalidInputException.class, () -> Document.read(atLimit)).getMessage();
        assertTrue(atLimitMessage.startsWith(atLimit + ": not valid JSON at line 1, column "), atLimitMessage);
        assertTrue(atLimitMessage.endsWith(": unexpected character U+0000"), atLimitMessage);
        Path above = sparse("above.json", (256L << 20) + 1);
        assertEquals(above + ": is larger than 256 MiB, the largest input bprop reads (E-SIZE)",
                assertThrows(InvalidInputException.class, () -> Document.read(above)).getMessage());
    }

    private Path sparse(String name, long size) throws IOException {
        Path file = folder.resolve(name);
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {0}), size - 1);
        }
        return file;
    }

    /* Read in chunks of 1 MiB: a document of several chunks must come back whole and in order. */
    @Test
    void fmtErrors_aDocumentOfSeveralMebibytesIsReadWhole() throws IOException {
        String padding = " ".repeat(3 << 20);
        Path file = Files.writeString(folder.resolve("padded.json"), ProblemValidationTest.XOR_SHIFTED.replace(
                "\"loss\"", padding + "\"loss\"").replace("\"inputs\"", padding + "\"inputs\""));
        assertEquals(BpropJson.parseProblem(ProblemValidationTest.XOR_SHIFTED), Document.read(file).problem());
    }

    /* FMT-ERRORS: the places of a second file (check --result) are prefixed with its name. */
    @Test
    void fmtErrors_aResultDocumentsPlacesNameTheDocument() {
        var problem = BpropJson.parseProblem(ProblemValidationTest.XOR_SHIFTED);
        Document result = Document.parse("{\"loss\": 1, \"outputs\": []}", "r.json");
        assertEquals("r.json", result.name());
        assertEquals("r.json: outputs: expected 4 rows (one per example), found 0",
                assertThrows(InvalidInputException.class, () -> result.result(problem)).getMessage());
        var graph = BpropJson.parseGraph(GraphValidationTest.ADJOINT);
        Document graphResult = Document.parse("{\"value\": 1, \"gradient\": {\"x1\": 1}}", "g.json");
        assertEquals("g.json: gradient.x2: missing",
                assertThrows(InvalidInputException.class, () -> graphResult.graphResult(graph)).getMessage());
        assertEquals(java.util.Map.of("x1", 1.0, "x2", 2.0),
                Document.parse("{\"value\": 1, \"gradient\": {\"x1\": 1, \"x2\": 2}}", "g.json")
                        .graphResult(graph).gradient());
        assertEquals(0.5, Document.parse("""
                {"loss": 0.5, "outputs": [[0], [0], [0], [0]], "gradients": [
                  {"weights": [[0, 0], [0, 0]], "bias": [0, 0]}, {"weights": [[0, 0]], "bias": [0]}]}""", "r.json")
                .result(problem).loss());
    }

    /* A line break in a name must not forge a second line of the message: it is written as the JSON escape \n. */
    @Test
    void fmtErrors_controlCharactersInNamesAreEscapedSoTheMessageIsOneLine() {
        String json = ProblemValidationTest.XOR_SHIFTED.replace("\"relu\"", "\"re\\nlu\"");
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> BpropJson.parseProblem(json));
        assertTrue(error.getMessage().startsWith("layers[0].activation: unknown activation \"re\\nlu\""),
                error.getMessage());
        assertEquals(1, error.getMessage().lines().count());
        assertEquals("a\\nb\\r\\tc\\u0000\\u2028", OneLine.of("a\nb\r\tc\u0000\u2028"));
        assertEquals("plain text stays", OneLine.of("plain text stays"));
        // The edges of the escaped ranges: U+001F and U+007F–U+009F are control characters, space and U+00A0 not.
        assertEquals("\\u001f \\u007f\\u0085\\u009f\u00a0\\u2029", OneLine.of("\u001f \u007f\u0085\u009f\u00a0\u2029"));
    }

    static Stream<Arguments> brokenTexts() {
        return Stream.of(
                Arguments.of("ends early", "{\"layers\": [", "the text ends before the document does"),
                Arguments.of("trailing text", "{} {}", "more text follows the end of the document"),
                Arguments.of("duplicate field", "{\"loss\": 1, \"loss\": 2}", "a field appears twice in one object (\"loss\")"),
                Arguments.of("stray character", "{\"loss\" 1}", "unexpected character '1'"),
                Arguments.of("control character", "{\"lo\nss\": 1}", "a string holds an unescaped control character U+000A"),
                Arguments.of("unknown word", "{\"loss\": mse}", "unexpected word 'mse'"),
                Arguments.of("bad number", "{\"loss\": 01}", "a number is not written in JSON number syntax"),
                Arguments.of("mismatched bracket", "[1}", "a closing bracket does not match the opening one"),
                Arguments.of("bad escape", "[\"\\x\"]", "a string holds an escape that JSON does not define"),
                Arguments.of("string", "[\"" + "s".repeat(20_000_001) + "\"]", "is too large to read: more than 33554432 JSON tokens or a string of more than 20000000 characters (E-SIZE)"),
                Arguments.of("nesting", "[".repeat(1001) + "]".repeat(1001), "is too large to read: arrays and objects nested 1001 deep, more than 1000 (E-SIZE)"),
                Arguments.of("number literal", "[1" + "0".repeat(100_000) + "]", "is too large to read: a number of 100001 characters, more than 100000 (E-SIZE)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTexts")
    void fmtErrors_eJson_syntaxErrorsAreOneLineInBpropsOwnWords(String kind, String text, String reason) {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> Document.parse(text, "f.json").kind());
        assertEquals("f.json", error.place());
        assertTrue(error.detail().contains(reason), error.getMessage());
        assertEquals(1, error.getMessage().lines().count(), error.getMessage());
        for (String internal : new String[] {"Source", "jackson", "Jackson", "StreamReadConstraints", "(code", "JsonToken"}) {
            assertFalse(error.getMessage().contains(internal), error.getMessage());
        }
    }

    /* FMT-NUMBERS: any JSON number reads as the nearest double, however many digits it is written with. */
    @Test
    void fmtNumbers_aNumberWrittenWith1500DigitsReadsAsTheNearestDouble() {
        String tenthPlusTiny = "0.1" + "0".repeat(1497) + "1";
        String tenTo299 = "1" + "0".repeat(1499) + "e-1200";
        var problem = BpropJson.parseProblem("""
                {"layers": [{"activation": "identity", "weights": [[%s]], "bias": [%s]}],
                 "loss": "mse", "inputs": [[1]], "targets": [[0]]}""".formatted(tenthPlusTiny, tenTo299));
        // 0.1 + 1e-1500 is within far less than half an ulp of the double nearest 0.1; 10^1499 · 10^-1200 = 10^299.
        assertEquals(0.1, problem.layer(1).weights()[0][0]);
        assertEquals(1e299, problem.layer(1).bias(0));
    }
}
