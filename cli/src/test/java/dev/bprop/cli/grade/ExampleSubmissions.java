package dev.bprop.cli.grade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the example submissions of {@code examples/grading/submissions}: one student per mistake of
 * {@link StudentBackprop}, one correct, one whose network answer is not JSON, one that skips the network problem.
 * Every graph answer is the hand derivative of f = sin(x₁) + x₁x₂: ∂f/∂x₁ = cos x₁ + x₂, ∂f/∂x₂ = x₁ (EX-ADJOINT).
 * Run {@code main} to rewrite them after a change; {@code GradeCommandTest} checks that the committed files are
 * what this class writes.
 */
public final class ExampleSubmissions {
    public static final Path EXAMPLES = Path.of("..", "examples", "grading");
    public static final String NETWORK = "sigmoid-2-2-2";
    public static final String GRAPH = "adjoint";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExampleSubmissions() {
    }

    public static void main(String[] args) throws IOException {
        write(EXAMPLES.resolve("submissions"));
    }

    /** The students and the mistake each makes in the network problem. */
    static Map<String, StudentBackprop.Mistake> mistakes() {
        Map<String, StudentBackprop.Mistake> students = new LinkedHashMap<>();
        students.put("ada-correct", StudentBackprop.Mistake.NONE);
        students.put("ben-sigma-prime-of-a", StudentBackprop.Mistake.SIGMA_PRIME_OF_A);
        students.put("cy-missing-half", StudentBackprop.Mistake.MISSING_HALF);
        students.put("dee-batch-sum", StudentBackprop.Mistake.BATCH_SUM);
        students.put("eve-missing-transpose", StudentBackprop.Mistake.MISSING_TRANSPOSE);
        return students;
    }

    /** Writes every student's folder under {@code submissions}. */
    public static void write(Path submissions) throws IOException {
        Problem problem = BpropJson.readProblem(EXAMPLES.resolve("problems").resolve(NETWORK + ".json"));
        for (Map.Entry<String, StudentBackprop.Mistake> student : mistakes().entrySet()) {
            Path folder = Files.createDirectories(submissions.resolve(student.getKey()));
            Files.writeString(folder.resolve(NETWORK + ".json"), text(new StudentBackprop(problem, student.getValue())
                    .answer(MAPPER)));
            Files.writeString(folder.resolve(GRAPH + ".json"), graphAnswer());
        }
        Path malformed = Files.createDirectories(submissions.resolve("fay-malformed"));
        String correct = text(new StudentBackprop(problem, StudentBackprop.Mistake.NONE).answer(MAPPER));
        Files.writeString(malformed.resolve(NETWORK + ".json"), correct.substring(0, correct.length() / 2));
        Files.writeString(malformed.resolve(GRAPH + ".json"), graphAnswer());
        Path skipped = Files.createDirectories(submissions.resolve("gus-skipped"));
        Files.writeString(skipped.resolve(NETWORK + ".json"),
                "{\"skipped\": \"my implementation does not support sigmoid\"}\n");
        Files.writeString(skipped.resolve(GRAPH + ".json"), graphAnswer());
    }

    /** The correct answer to the network problem with every number rounded half-even to {@code digits} significant digits, as a hand calculation writes it. */
    public static void writeRounded(Path folder, int digits) throws IOException {
        Problem problem = BpropJson.readProblem(EXAMPLES.resolve("problems").resolve(NETWORK + ".json"));
        JsonNode answer = round(new StudentBackprop(problem, StudentBackprop.Mistake.NONE).answer(MAPPER), digits);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(NETWORK + ".json"), MAPPER.writeValueAsString(answer));
    }

    private static JsonNode round(JsonNode node, int digits) {
        if (node.isNumber()) {
            return DoubleNode.valueOf(new BigDecimal(node.doubleValue()).round(new MathContext(digits,
                    RoundingMode.HALF_EVEN)).doubleValue());
        }
        if (node.isArray()) {
            ArrayNode rounded = MAPPER.createArrayNode();
            node.forEach(element -> rounded.add(round(element, digits)));
            return rounded;
        }
        ObjectNode rounded = MAPPER.createObjectNode();
        node.fields().forEachRemaining(field -> rounded.set(field.getKey(), round(field.getValue(), digits)));
        return rounded;
    }

    /** f = sin(x₁) + x₁x₂ at (0.7, −1.3), differentiated by hand. */
    static String graphAnswer() {
        double x1 = 0.7;
        double x2 = -1.3;
        ObjectNode root = MAPPER.createObjectNode();
        root.put("value", Math.sin(x1) + x1 * x2);
        root.putObject("gradient").put("x1", Math.cos(x1) + x2).put("x2", x1);
        return text(root);
    }

    private static String text(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
