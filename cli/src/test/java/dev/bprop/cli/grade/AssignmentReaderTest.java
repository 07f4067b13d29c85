package dev.bprop.cli.grade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bprop.spec.json.InvalidInputException;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FMT-GRADE-ASSIGNMENT, read field by field: what a valid assignment file gives, and for each broken field the one
 * line (FMT-ERRORS) that names its place. Each broken file is the valid one below with one field changed.
 */
class AssignmentReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A generator only: two problems a student, tanh hidden layers, cross-entropy (so softmax outputs). */
    private static final String VALID = """
            {"generate": {"count": 2, "seed": 7, "activations": ["tanh"], "losses": ["cross_entropy"],
                          "depth": [1, 2], "width": [1, 3], "batch": [1, 4]},
             "tolerance": {"digits": 4},
             "points": {"loss": 1, "delta": 2.5}}
            """;
    /** A 2-2-1 problem with relu and identity layers and mse (FMT-PROBLEM). */
    private static final String PROBLEM = """
            {"layers": [{"activation": "relu", "weights": [[1, 1], [1, 1]], "bias": [0, -1]},
                        {"activation": "identity", "weights": [[1, -2]], "bias": [0.3]}],
             "loss": "mse", "inputs": [[0, 1]], "targets": [[1]]}
            """;

    @TempDir
    Path folder;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private Assignment read(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(VALID);
        change.accept(root);
        return AssignmentReader.read(file("assignment.json", root.toString()));
    }

    private static ObjectNode generate(ObjectNode root) {
        return (ObjectNode) root.get("generate");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void assertRejected(String message, Consumer<ObjectNode> change) {
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> read(change));
        assertEquals(message, bad.getMessage());
    }

    @Test
    void fmtGradeAssignment_aGeneratorOnlyAssignmentReadsAsWritten() throws IOException {
        Assignment assignment = read(root -> { });
        assertEquals("assignment.json", assignment.id(), "without an id, the file's name");
        assertEquals(new Tolerance(4), assignment.tolerance());
        assertEquals(Map.of(Quantity.LOSS, 1.0, Quantity.DELTA, 2.5), assignment.points());
        assertEquals(Set.of(Activation.TANH, Activation.SOFTMAX), assignment.activations(),
                "cross_entropy needs softmax outputs (LOSS-CE)");
        assertEquals(Set.of(Loss.CROSS_ENTROPY), assignment.losses());
        ProblemProfile profile = assignment.generator().orElseThrow();
        assertEquals(2, profile.count());
        assertEquals(7, profile.seed());
        assertEquals(2, profile.decimals(), "two decimals unless said");
        assertArrayEquals(new int[] {1, 2}, profile.depth());
        assertArrayEquals(new int[] {1, 3}, profile.width());
        assertArrayEquals(new int[] {1, 4}, profile.batch());
        assertEquals(java.util.List.of(), assignment.fixed());
    }

    @Test
    void fmtGradeAssignment_problemsCapabilitiesAndTheIdAddUp() throws IOException {
        file("xor.json", PROBLEM);
        Assignment assignment = read(root -> {
            root.put("id", "hw3");
            root.set("problems", json("[\"xor.json\"]"));
            root.set("capabilities", json("{\"activations\": [\"leaky_relu\"], \"losses\": [\"mse\"]}"));
            root.put("tolerance", "model");
            generate(root).put("decimals", 0);
            generate(root).set("losses", json("[\"binary_cross_entropy\"]"));
        });
        assertEquals("hw3", assignment.id());
        assertEquals(Tolerance.MODEL, assignment.tolerance());
        assertEquals(1, assignment.fixed().size());
        assertEquals("xor", assignment.fixed().get(0).id());
        assertEquals(Set.of(Activation.TANH, Activation.SIGMOID, Activation.LEAKY_RELU, Activation.RELU,
                Activation.IDENTITY), assignment.activations());
        assertEquals(Set.of(Loss.MSE, Loss.BINARY_CROSS_ENTROPY), assignment.losses());
        assertEquals(0, assignment.generator().orElseThrow().decimals());
    }

    @Test
    void fmtGradeAssignment_fixedProblemsAloneAreAnAssignment() throws IOException {
        file("xor.json", PROBLEM);
        Assignment assignment = read(root -> {
            root.remove("generate");
            root.set("problems", json("[\"xor.json\"]"));
            root.set("capabilities", json("{}"));
        });
        assertTrue(assignment.generator().isEmpty());
        assertEquals(Set.of(Activation.RELU, Activation.IDENTITY), assignment.activations());
        assertEquals(Set.of(Loss.MSE), assignment.losses());
    }

    @Test
    void fmtErrors_aFileThatIsNoJsonObjectIsNamed() throws IOException {
        Path list = file("list.json", "[1]");
        assertEquals(list + ": expected a JSON object", assertThrows(InvalidInputException.class,
                () -> AssignmentReader.read(list)).getMessage());
        Path broken = file("broken.json", "{\"points\": ");
        assertTrue(assertThrows(InvalidInputException.class, () -> AssignmentReader.read(broken)).getMessage()
                .startsWith(broken + ": not JSON: "));
        Path empty = file("empty.json", "");
        assertEquals(empty + ": expected a JSON object", assertThrows(InvalidInputException.class,
                () -> AssignmentReader.read(empty)).getMessage());
        assertEquals(folder + ": cannot be read (IOException)", assertThrows(InvalidInputException.class,
                () -> AssignmentReader.read(folder)).getMessage());
    }

    @Test
    void fmtErrors_problemsAreAnArrayOfDistinctFileNames() throws IOException {
        file("xor.json", PROBLEM);
        file("generated1.json", PROBLEM);
        assertRejected("problems: expected an array, found \"xor.json\"", root -> root.put("problems", "xor.json"));
        assertRejected("problems[0]: expected a string, found 1", root -> root.set("problems", json("[1]")));
        assertRejected("problems: an assignment needs problems, a generate profile or both", root -> {
            root.remove("generate");
            root.set("problems", json("[]"));
        });
        assertRejected("problems: an assignment needs problems, a generate profile or both",
                root -> root.remove("generate"));
        assertRejected("problems[1]: the file name xor is used twice or begins with \"generated\"; answer files are "
                + "named after it", root -> root.set("problems", json("[\"xor.json\", \"xor.json\"]")));
        assertRejected("problems[0]: the file name generated1 is used twice or begins with \"generated\"; answer "
                + "files are named after it", root -> root.set("problems", json("[\"generated1.json\"]")));
    }

    @Test
    void fmtErrors_theToleranceIsModelOrOneToSeventeenDigits() throws IOException {
        assertEquals(new Tolerance(1), read(root -> root.set("tolerance", json("{\"digits\": 1}"))).tolerance());
        assertEquals(new Tolerance(17), read(root -> root.set("tolerance", json("{\"digits\": 17}"))).tolerance());
        assertRejected("tolerance: missing", root -> root.remove("tolerance"));
        for (String tolerance : new String[] {"\"exact\"", "{}", "{\"digits\":0}", "{\"digits\":18}",
                "{\"digits\":2.5}", "{\"digits\":\"4\"}"}) {
            assertRejected("tolerance: expected \"model\" or {\"digits\": n} with 1 ≤ n ≤ 17, found " + tolerance,
                    root -> root.set("tolerance", json(tolerance)));
        }
    }

    @Test
    void fmtErrors_pointsArePositiveNumbersOfKnownQuantities() throws IOException {
        assertEquals(Map.of(Quantity.GRADIENT, 1e-300), read(root -> root.set("points", json("{\"gradient\": "
                + "1e-300}"))).points());
        assertRejected("points: missing", root -> root.remove("points"));
        assertRejected("points: expected an object of quantities and their points, found []",
                root -> root.set("points", json("[]")));
        assertRejected("points: expected an object of quantities and their points, found {}",
                root -> root.set("points", json("{}")));
        assertRejected("points.dleta: unknown quantity; expected one of loss, outputs, z, a, delta, weight_gradients, "
                + "bias_gradients, value, gradient", root -> root.set("points", json("{\"dleta\": 1}")));
        for (String points : new String[] {"0", "-1", "\"1\""}) {
            assertRejected("points.z: expected a positive number, found " + points,
                    root -> root.set("points", json("{\"z\": " + points + "}")));
        }
        InvalidInputException infinite = assertThrows(InvalidInputException.class,
                () -> read(root -> root.set("points", json("{\"z\": 1e400}"))));
        assertTrue(infinite.getMessage().startsWith("points.z: expected a positive number, found "),
                infinite.getMessage());
    }

    @Test
    void fmtErrors_theGeneratorsCountSeedAndDecimalsAreInRange() throws IOException {
        assertEquals(1, read(root -> generate(root).put("count", 1)).generator().orElseThrow().count());
        assertEquals(100, read(root -> generate(root).put("count", 100)).generator().orElseThrow().count());
        assertEquals(17, read(root -> generate(root).put("decimals", 17)).generator().orElseThrow().decimals());
        assertRejected("generate: expected an object, found 1", root -> root.put("generate", 1));
        assertRejected("generate.count: missing", root -> generate(root).remove("count"));
        assertRejected("generate.seed: missing", root -> generate(root).remove("seed"));
        for (String count : new String[] {"0", "101", "\"2\"", "2.5"}) {
            assertRejected("generate.count: expected an integer from 1 to 100, found " + count,
                    root -> generate(root).set("count", json(count)));
        }
        for (String decimals : new String[] {"-1", "18"}) {
            assertRejected("generate.decimals: expected an integer from 0 to 17, found " + decimals,
                    root -> generate(root).set("decimals", json(decimals)));
        }
    }

    @Test
    void fmtErrors_theGeneratorsNamesAreKnownAndNotEmpty() {
        assertRejected("generate.activations: missing", root -> generate(root).remove("activations"));
        assertRejected("generate.losses: missing", root -> generate(root).remove("losses"));
        assertRejected("generate: activations and losses must each name at least one",
                root -> generate(root).set("activations", json("[]")));
        assertRejected("generate: activations and losses must each name at least one",
                root -> generate(root).set("losses", json("[]")));
        assertRejected("generate.activations: expected an array, found \"tanh\"",
                root -> generate(root).put("activations", "tanh"));
        assertRejected("generate.activations[0]: expected a string, found 1",
                root -> generate(root).set("activations", json("[1]")));
        assertRejected("generate.activations[1]: unknown name nope",
                root -> generate(root).set("activations", json("[\"tanh\", \"nope\"]")));
        assertRejected("generate.activations[0]: unknown name softmax", root -> generate(root).set("activations",
                json("[\"softmax\"]")));
        assertRejected("generate.losses[0]: unknown name hinge", root -> generate(root).set("losses",
                json("[\"hinge\"]")));
        assertRejected("capabilities.activations: expected an array, found \"relu\"",
                root -> root.set("capabilities", json("{\"activations\": \"relu\"}")));
        assertRejected("capabilities.losses[0]: unknown name hinge",
                root -> root.set("capabilities", json("{\"losses\": [\"hinge\"]}")));
        assertRejected("id: expected a string, found 5", root -> root.put("id", 5));
    }

    /** Depth 1 to 10, width and batch 1 to 100: [low, high] with low ≤ high, both integers. */
    @Test
    void fmtErrors_theGeneratorsRangesAreOrderedPairsWithinBounds() throws IOException {
        ProblemProfile widest = read(root -> {
            generate(root).set("depth", json("[10, 10]"));
            generate(root).set("width", json("[1, 100]"));
            generate(root).set("batch", json("[100, 100]"));
        }).generator().orElseThrow();
        assertArrayEquals(new int[] {10, 10}, widest.depth());
        assertArrayEquals(new int[] {1, 100}, widest.width());
        assertArrayEquals(new int[] {100, 100}, widest.batch());
        assertRejected("generate.depth: missing", root -> generate(root).remove("depth"));
        for (String depth : new String[] {"2", "[1]", "[1,2,3]", "[0,1]", "[3,2]", "[1,11]", "[\"1\",2]",
                "[1,\"2\"]", "[1.5,2]"}) {
            assertRejected("generate.depth: expected [low, high] with 1 ≤ low ≤ high ≤ 10, found " + depth,
                    root -> generate(root).set("depth", json(depth)));
        }
        assertRejected("generate.width: expected [low, high] with 1 ≤ low ≤ high ≤ 100, found [1,101]",
                root -> generate(root).set("width", json("[1, 101]")));
    }
}
