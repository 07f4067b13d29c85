package dev.bprop.cli.grade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FMT-GRADE-ANSWER: an answer file read slot by slot against the reference answer's shapes. A block of the wrong
 * shape or kind costs its own slot with one message naming its place; a missing or null block is absent; a file
 * that cannot be read, is not JSON or is not an object costs the whole problem; {@code {"skipped": reason}} is a
 * declared skip (KIT-CAPABILITY).
 */
class AnswerFileTest {
    private static final Slot Z2 = new Slot(Quantity.Z, 2);
    private static final Slot BIAS = new Slot(Quantity.BIAS_GRADIENTS, 1);
    private static final Slot GRADIENT = new Slot(Quantity.GRADIENT, 0);

    @TempDir
    Path folder;

    /** The second layer's Z, 2 rows of 3; the first layer's bias gradient, 2 entries; a graph's gradient, x and y. */
    private static Map<Slot, Tensor> expected() {
        Map<Slot, Tensor> expected = new LinkedHashMap<>();
        expected.put(Z2, Tensor.matrix("layers[1].z", new double[][] {{0, 0, 0}, {0, 0, 0}}));
        expected.put(BIAS, Tensor.vector("gradients[0].bias", new double[] {0, 0}));
        expected.put(GRADIENT, Tensor.named("gradient", List.of("x", "y"), new double[] {0, 0}));
        return expected;
    }

    private static AnswerFile parse(String json) {
        return AnswerFile.parse(json, "p.json", expected());
    }

    @Test
    void fmtGradeAnswer_blocksOfTheRightShapeAreRead() {
        AnswerFile answer = parse("""
                {"layers": [{"z": "not graded here"}, {"z": [[1, 2, 3], [4, 5, 6]]}],
                 "gradients": [{"bias": [7, 8]}], "gradient": {"y": 10, "x": 9}}
                """);
        assertEquals(Optional.empty(), answer.problem());
        assertFalse(answer.skipped());
        assertEquals(Map.of(), answer.errors());
        assertArrayEquals(new double[][] {{1, 2, 3}, {4, 5, 6}}, answer.tensors().get(Z2).values());
        assertEquals("layers[1].z", answer.tensors().get(Z2).path());
        assertArrayEquals(new double[][] {{7, 8}}, answer.tensors().get(BIAS).values());
        assertArrayEquals(new double[][] {{9, 10}}, answer.tensors().get(GRADIENT).values(), "in the names' order");
        assertEquals(List.of("x", "y"), answer.tensors().get(GRADIENT).names());
    }

    @Test
    void fmtGradeAnswer_aMissingOrNullBlockIsAbsentNotAnError() {
        for (String json : List.of("{}", "{\"layers\": [{}]}", "{\"layers\": [{}, {\"z\": null}]}",
                "{\"gradients\": null, \"gradient\": null}")) {
            AnswerFile answer = parse(json);
            assertEquals(Map.of(), answer.tensors(), json);
            assertEquals(Map.of(), answer.errors(), json);
        }
    }

    @Test
    void fmtGradeAnswer_aBlockOfTheWrongShapeCostsItsSlotAndNamesThePlace() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"layers\": [0, {\"z\": [[1, 2, 3]]}]}", "layers[1].z: expected 2 rows of 3, found an array of 1");
        cases.put("{\"layers\": [0, {\"z\": {\"a\": 1}}]}", "layers[1].z: expected 2 rows of 3, found an object of "
                + "1 fields");
        cases.put("{\"layers\": [0, {\"z\": [[1, 2, 3], [4, 5]]}]}", "layers[1].z[1]: expected 3 numbers, found an "
                + "array of 2");
        cases.put("{\"layers\": [0, {\"z\": [[1, 2, 3], 4]}]}", "layers[1].z[1]: expected 3 numbers, found number 4");
        cases.put("{\"layers\": [0, {\"z\": [[1, 2, 3], [4, 5, true]]}]}", "layers[1].z[1][2]: expected a number, "
                + "found boolean true");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            AnswerFile answer = parse(c.getKey());
            assertEquals(Map.of(Z2, c.getValue()), answer.errors(), c.getKey());
            assertEquals(Map.of(), answer.tensors(), c.getKey());
        }
        AnswerFile bias = parse("{\"gradients\": [{\"bias\": \"7, 8\"}]}");
        assertEquals(Map.of(BIAS, "gradients[0].bias: expected 2 numbers, found string \"7, 8\""), bias.errors());
    }

    @Test
    void fmtGradeAnswer_namedEntriesNeedEachNameOnce() {
        assertEquals(Map.of(GRADIENT, "gradient: expected one entry for each of [x, y], found an object of 1 fields"),
                parse("{\"gradient\": {\"x\": 1}}").errors());
        assertEquals(Map.of(GRADIENT, "gradient: expected one entry for each of [x, y], found an array of 2"),
                parse("{\"gradient\": [1, 2]}").errors());
        assertEquals(Map.of(GRADIENT, "gradient.y: missing"), parse("{\"gradient\": {\"x\": 1, \"z\": 2}}").errors());
        assertEquals(Map.of(GRADIENT, "gradient.x: expected a number, found string \"1\""),
                parse("{\"gradient\": {\"x\": \"1\", \"y\": 2}}").errors());
    }

    @Test
    void fmtGradeAnswer_aFileThatIsNoObjectCostsTheWholeProblem() {
        assertEquals(Optional.of("p.json: expected a JSON object"), parse("[1]").problem());
        assertEquals(Optional.of("p.json: expected a JSON object"), parse("").problem());
        AnswerFile notJson = parse("{\"gradient\":\n  {\"x\": }");
        assertTrue(notJson.problem().orElseThrow().startsWith("p.json: not JSON ("), notJson.problem().toString());
        assertTrue(notJson.problem().orElseThrow().matches("(?s).* at line 2, column [0-9]+\\)"),
                notJson.problem().toString());
        assertFalse(notJson.skipped());
        assertEquals(Map.of(), notJson.tensors());
    }

    @Test
    void kitCapability_aDeclaredSkipIsASkipWithItsReason() {
        AnswerFile skipped = parse("{\"skipped\": \"the adapter is not a GraphImplementation\"}");
        assertTrue(skipped.skipped());
        assertEquals(Optional.of("skipped by the submission: the adapter is not a GraphImplementation"),
                skipped.problem());
    }

    @Test
    void fmtGradeAnswer_aMissingOrUnreadableFileCostsTheWholeProblem() throws IOException {
        AnswerFile missing = AnswerFile.read(folder.resolve("p1.json"), expected());
        assertEquals(Optional.of("p1.json: no answer file"), missing.problem());
        assertFalse(missing.skipped());
        Path directory = Files.createDirectory(folder.resolve("p2.json"));
        assertEquals(Optional.of("p2.json: cannot be read (IOException)"),
                AnswerFile.read(directory, expected()).problem());
        Path file = Files.writeString(folder.resolve("p3.json"), "{\"gradients\": [{\"bias\": [7, 8]}]}");
        assertArrayEquals(new double[][] {{7, 8}}, AnswerFile.read(file, expected()).tensors().get(BIAS).values());
    }
}
