package dev.bprop.cli;

import static dev.bprop.cli.ValidateCommandTest.assertBadInput;
import static dev.bprop.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bprop.cli.ValidateCommandTest.Run;
import dev.bprop.cli.grade.ExampleSubmissions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bprop grade} end to end on the example assignment of {@code examples/grading} (clauses
 * FMT-GRADE-ASSIGNMENT, FMT-GRADE-ANSWER): every expected score below is worked out from the points table and the
 * quantities each mistake gets wrong.
 */
class GradeCommandTest {
    static final Path ASSIGNMENT = ExampleSubmissions.EXAMPLES.resolve("assignment.json");
    private static final Path SUBMISSIONS = ExampleSubmissions.EXAMPLES.resolve("submissions");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    private Map<String, Double> csvScores(Path out) throws IOException {
        Map<String, Double> scores = new HashMap<>();
        List<String> lines = Files.readAllLines(out.resolve("grades.csv"));
        assertTrue(lines.get(0).startsWith("student,score,max_score,"), lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            scores.put(fields[0].replace("\"", ""), Double.parseDouble(fields[1]));
            assertEquals("19", fields[2], line);
        }
        return scores;
    }

    static JsonNode results(Path out, String student) throws IOException {
        return MAPPER.readTree(out.resolve(student).resolve("results.json").toFile());
    }

    static JsonNode test(JsonNode results, String name) {
        for (JsonNode test : results.get("tests")) {
            if (test.get("name").asText().equals(name)) {
                return test;
            }
        }
        throw new AssertionError("no test " + name + " in " + results);
    }

    /*
     * FMT-GRADE-ASSIGNMENT: --submissions, or --student with --problems, never both and never half; each mode ends
     * with one line saying where its files went. A file among the submission folders is no student.
     */
    @Test
    void fmtGradeAssignment_oneModeAtATimeAndALineSayingWhereTheFilesWent() throws IOException {
        Path problems = folder.resolve("problems");
        String usage = "give either --submissions DIR or both --student ID and --problems DIR";
        Run both = run("grade", ASSIGNMENT.toString(), "--submissions", SUBMISSIONS.toString(), "--student", "s1",
                "--problems", problems.toString());
        assertEquals(2, both.status());
        assertTrue(both.err().startsWith(usage), both.err());
        Run half = run("grade", ASSIGNMENT.toString(), "--student", "s1");
        assertEquals(2, half.status());
        assertTrue(half.err().startsWith(usage), half.err());
        Run write = run("grade", ASSIGNMENT.toString(), "--student", "s1", "--problems", problems.toString());
        assertEquals(new Run(0, "wrote the problems of s1 to " + problems + "\n", ""), write);

        Path submissions = Files.createDirectories(folder.resolve("submissions"));
        Files.writeString(submissions.resolve("README.txt"), "not a student");
        Files.createDirectories(submissions.resolve("ann"));
        Path out = folder.resolve("grades");
        Run graded = run("grade", ASSIGNMENT.toString(), "--submissions", submissions.toString(), "--out",
                out.toString());
        assertEquals(0, graded.status(), graded.err());
        assertEquals(List.of("ann                           0 of 19", "feedback and results.json per student, and "
                + "grades.csv, in " + out), graded.out().lines().toList());
    }

    private Path gradeExamples() {
        Path out = folder.resolve("grades");
        Run run = run("grade", ASSIGNMENT.toString(), "--submissions", SUBMISSIONS.toString(), "--out",
                out.toString());
        assertEquals(0, run.status(), run.err());
        return out;
    }

    /*
     * The points table of assignment.json, per slot: loss 1, outputs 1; per layer z 1, a 1, delta 2,
     * weight_gradients 2, bias_gradients 1; the graph's value 1, gradient 2. The 2-layer network is worth
     * 1 + 1 + 2·(1 + 1 + 2 + 2 + 1) = 16, the graph 1 + 2 = 3, in all 19. Every student's graph answer is the hand
     * derivative (3 points) except where said. In the network problem (sigmoid in both layers, mse, m = 3):
     *
     * - correct: 19.
     * - σ'(a) for σ'(z): the forward pass is right (loss, outputs, z, a: 1 + 1 + 2 + 2 = 6); σ' enters BP1 and BP2,
     *   so Δ², Δ¹ and all four gradients are wrong (−2·2 − 2·2 − 2·1 = −10): 6 + 3 = 9.
     * - missing ½ in mse: J doubles (−1) and so does ∇_a J, hence every Δ and gradient (−10): 16 − 11 + 3 = 8.
     * - batch sum instead of mean: J is still the mean (right), δ^L lacks 1/m = 1/3, so every Δ and gradient is
     *   tripled (−10): 6 + 3 = 9.
     * - missing transpose in BP2: δ² (BP1), ∂J/∂W² = Σ δ² (a¹)ᵀ and ∂J/∂b² depend on δ² alone and are right; Δ¹,
     *   ∂J/∂W¹, ∂J/∂b¹ are wrong because W² = [[0.5, −0.6], [0.7, 0.8]] is not symmetric (−2 − 2 − 1 = −5):
     *   16 − 5 + 3 = 14.
     * - malformed network answer (not JSON): 0 of 16, graph 3: 3.
     * - network skipped: 0 of 16 (skipped earns nothing), graph 3: 3.
     */
    @Test
    void fmtGradeAssignment_examplesScoreAsThePointsTableSays() throws IOException {
        Map<String, Double> scores = csvScores(gradeExamples());
        assertEquals(Map.of("ada-correct", 19.0, "ben-sigma-prime-of-a", 9.0, "cy-missing-half", 8.0,
                "dee-batch-sum", 9.0, "eve-missing-transpose", 14.0, "fay-malformed", 3.0, "gus-skipped", 3.0),
                scores);
    }

    /* The transposed BP2 costs layer 1 and nothing of layer 2 (the reasoning above), slot by slot. */
    @Test
    void fmtGradeAssignment_partialCreditPerLayerAndClause() throws IOException {
        JsonNode eve = results(gradeExamples(), "eve-missing-transpose");
        assertEquals(2.0, test(eve, "sigmoid-2-2-2: delta of layer 2 (BP1)").get("score").asDouble());
        assertEquals(0.0, test(eve, "sigmoid-2-2-2: delta of layer 1 (BP2)").get("score").asDouble());
        assertEquals(2.0, test(eve, "sigmoid-2-2-2: weight_gradients of layer 2 (BP4)").get("score").asDouble());
        assertEquals(0.0, test(eve, "sigmoid-2-2-2: weight_gradients of layer 1 (BP4)").get("score").asDouble());
        assertEquals(1.0, test(eve, "sigmoid-2-2-2: bias_gradients of layer 2 (BP3)").get("score").asDouble());
        assertEquals(0.0, test(eve, "sigmoid-2-2-2: bias_gradients of layer 1 (BP3)").get("score").asDouble());
    }

    /* Gradescope's autograder format: the score is the sum of the tests' scores; every test has its four fields. */
    @Test
    void fmtGradeAssignment_resultsJsonIsGradescopeFormat() throws IOException {
        JsonNode ben = results(gradeExamples(), "ben-sigma-prime-of-a");
        double sum = 0;
        for (JsonNode test : ben.get("tests")) {
            for (String field : List.of("name", "score", "max_score", "output")) {
                assertTrue(test.has(field), field + " in " + test);
            }
            sum += test.get("score").asDouble();
        }
        assertEquals(9.0, ben.get("score").asDouble());
        assertEquals(9.0, sum);
        assertEquals(2 + 2 * 5 + 2, ben.get("tests").size(), "one test per slot: loss, outputs, 5 per layer, 2 graph");
    }

    /* Feedback says where (the answer file's path), the expected and found numbers, and the kit's diagnosis. */
    @Test
    void fmtGradeAssignment_feedbackNamesPlaceExpectedFoundAndDiagnosis() throws IOException {
        Path out = gradeExamples();
        String ben = Files.readString(out.resolve("ben-sigma-prime-of-a").resolve("feedback.md"));
        assertTrue(ben.contains("Score: 9 of 19"), ben);
        assertTrue(ben.contains("layers[0].delta[0][0]: expected "), ben);
        assertTrue(ben.contains(", found "), ben);
        assertTrue(ben.contains("diagnosis: reproduced by model `sigmoid-derivative-at-activation`"), ben);
        String cy = Files.readString(out.resolve("cy-missing-half").resolve("feedback.md"));
        assertTrue(cy.contains("## sigmoid-2-2-2: loss (LOSS-MEAN): wrong, 0 of 1"), cy);
        assertTrue(cy.contains("reproduced by model `mse-missing-half` (LOSS-MSE)"), cy);
        String dee = Files.readString(out.resolve("dee-batch-sum").resolve("feedback.md"));
        assertTrue(dee.contains("reproduced by model `batch-sum-instead-of-mean` (BP-BATCH)"), dee);
        String fay = Files.readString(out.resolve("fay-malformed").resolve("feedback.md"));
        assertTrue(fay.contains("sigmoid-2-2-2.json: not JSON"), fay);
    }

    /* KIT-CAPABILITY: a skipped problem scores 0 and is shown as skipped, never as passed. */
    @Test
    void kitCapability_skippedProblemScoresZeroAndSaysSo() throws IOException {
        JsonNode gus = results(gradeExamples(), "gus-skipped");
        JsonNode loss = test(gus, "sigmoid-2-2-2: loss (LOSS-MEAN)");
        assertEquals(0.0, loss.get("score").asDouble());
        assertEquals("failed", loss.get("status").asText());
        assertTrue(loss.get("output").asText().startsWith("skipped by the submission: my implementation does not"),
                loss.toString());
        assertTrue(gus.get("output").asText().contains("the assignment requires the activations [sigmoid] and the "
                + "losses [mse]: skipped problems score 0"), gus.toString());
    }

    /* The committed example answers are exactly what the hand-written student code writes today. */
    @Test
    void fmtGradeAnswer_exampleSubmissionsAreWhatTheStudentCodeWrites() throws IOException {
        if (Boolean.getBoolean("regenerateExamples")) {
            ExampleSubmissions.main(new String[0]);
        }
        Path fresh = folder.resolve("fresh");
        ExampleSubmissions.write(fresh);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(fresh)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(14, files.size());
        for (Path file : files) {
            Path committed = SUBMISSIONS.resolve(fresh.relativize(file));
            assertEquals(Files.readString(file), Files.readString(committed), committed
                    + " differs from what ExampleSubmissions writes; run it with -DregenerateExamples=true");
        }
    }

    /*
     * A hand answer with 9 significant digits, each number of the correct answer rounded half-even to 9 digits:
     * one unit in the 9th digit is allowed, twice the rounding's worst case, so the answer scores 16 of 16. The
     * comparison model holds float64 code to its rounding error (about 10⁻¹⁵ relative here), so it rejects the same
     * rounded numbers, off by up to 5·10⁻¹⁰ relative. Rounded to 8 digits, the answer is off by up to 5·10⁻⁹
     * relative, more than one unit in the 9th digit for most numbers, and loses points under 9 digits.
     */
    @Test
    void fmtGradeAssignment_nineDigitHandAnswerPassesUnderDigitsNotUnderModel() throws IOException {
        Path submissions = folder.resolve("hand");
        ExampleSubmissions.writeRounded(submissions.resolve("hana"), 9);
        Path digits = Files.writeString(folder.resolve("digits.json"), assignment("{\"digits\": 9}"));
        Path model = Files.writeString(folder.resolve("model.json"), assignment("\"model\""));
        Run byDigits = run("grade", digits.toString(), "--submissions", submissions.toString(), "--out",
                folder.resolve("by-digits").toString());
        Run byModel = run("grade", model.toString(), "--submissions", submissions.toString(), "--out",
                folder.resolve("by-model").toString());
        assertEquals(0, byDigits.status(), byDigits.err());
        assertTrue(byDigits.out().contains("hana                         16 of 16"), byDigits.out());
        assertEquals(0, byModel.status(), byModel.err());
        assertFalse(byModel.out().contains("16 of 16"), byModel.out());
        ExampleSubmissions.writeRounded(submissions.resolve("hana"), 8);
        Run eightDigits = run("grade", digits.toString(), "--submissions", submissions.toString(), "--out",
                folder.resolve("eight").toString());
        assertFalse(eightDigits.out().contains("16 of 16"), eightDigits.out());
    }

    private static String assignment(String tolerance) {
        Path problem = ExampleSubmissions.EXAMPLES.resolve("problems").resolve("sigmoid-2-2-2.json").toAbsolutePath();
        return "{\"problems\": [" + MAPPER.valueToTree(problem.toString()) + "], \"tolerance\": " + tolerance
                + ", \"points\": {\"loss\": 1, \"outputs\": 1, \"z\": 1, \"a\": 1, \"delta\": 2, "
                + "\"weight_gradients\": 2, \"bias_gradients\": 1}}";
    }

    /*
     * --student ID --problems DIR: the fixed problems and the student's own, as problem files and never answers;
     * the same ID draws the same problems, another ID others.
     */
    @Test
    void fmtGradeAssignment_studentProblemsAreSeededByTheIdAndHoldNoAnswers() throws IOException {
        Path byHand = ExampleSubmissions.EXAMPLES.resolve("assignment-by-hand.json");
        Path first = folder.resolve("first");
        Path again = folder.resolve("again");
        Path other = folder.resolve("other");
        assertEquals(0, run("grade", byHand.toString(), "--student", "s1234", "--problems", first.toString()).status());
        assertEquals(0, run("grade", byHand.toString(), "--student", "s1234", "--problems", again.toString()).status());
        assertEquals(0, run("grade", byHand.toString(), "--student", "s9999", "--problems", other.toString()).status());
        for (String name : List.of("sigmoid-2-2-2.json", "generated1.json")) {
            String text = Files.readString(first.resolve(name));
            assertEquals(text, Files.readString(again.resolve(name)));
            assertFalse(text.contains("gradients") || text.contains("delta") || text.contains("\"z\""), text);
            assertEquals(0, run("validate", first.resolve(name).toString()).status());
        }
        assertNotEquals(Files.readString(first.resolve("generated1.json")),
                Files.readString(other.resolve("generated1.json")));
        try (Stream<Path> files = Files.list(first)) {
            assertEquals(2, files.count());
        }
    }

    /*
     * Grading draws the same problems as handing out: s1234's answers (result files of the problems written for
     * s1234) score for s1234 and, copied, only on the fixed problem for s9999. Points of assignment-by-hand.json for a
     * 2-layer problem: loss 1 + 2·(delta 2 + weight_gradients 2 + bias_gradients 1) = 11, two problems 22; a result
     * file has no Δ, so 2·2 = 4 points are lost per problem: 7 per problem, 14 for s1234, 7 for s9999.
     */
    @Test
    void fmtGradeAssignment_generatedProblemsAreGradedForTheStudentTheyWereDrawnFor() throws IOException {
        Path byHand = ExampleSubmissions.EXAMPLES.resolve("assignment-by-hand.json");
        Path problems = folder.resolve("problems");
        assertEquals(0, run("grade", byHand.toString(), "--student", "s1234", "--problems", problems.toString())
                .status());
        Path submissions = folder.resolve("submissions");
        for (String student : List.of("s1234", "s9999")) {
            Files.createDirectories(submissions.resolve(student));
            for (String id : List.of("sigmoid-2-2-2", "generated1")) {
                Run gradient = run("gradient", problems.resolve(id + ".json").toString());
                Files.writeString(submissions.resolve(student).resolve(id + ".json"), gradient.out());
            }
        }
        Run run = run("grade", byHand.toString(), "--submissions", submissions.toString(), "--out",
                folder.resolve("out").toString());
        assertEquals(0, run.status(), run.err());
        String scores = run.out().replaceAll(" +", " ");
        assertTrue(scores.contains("s1234 14 of 22") && scores.contains("s9999 7 of 22"), run.out());
    }

    @Test
    void fmtErrors_badAssignmentIsOneLineNamingThePlace() throws IOException {
        Path file = Files.writeString(folder.resolve("bad.json"), "{\"problems\": [], \"generate\": {\"count\": 1, "
                + "\"seed\": 1, \"activations\": [\"tanh\"], \"losses\": [\"mse\"], \"depth\": [3, 2], "
                + "\"width\": [1, 2], \"batch\": [1, 1]}, \"tolerance\": \"model\", \"points\": {\"loss\": 1}}");
        assertBadInput("generate.depth: expected [low, high] with 1 ≤ low ≤ high ≤ 10, found [3,2]", "grade",
                file.toString(), "--student", "x", "--problems", folder.toString());
        Path points = Files.writeString(folder.resolve("points.json"), "{\"problems\": [\"" + ExampleSubmissions.EXAMPLES
                .resolve("problems").resolve("adjoint.json").toAbsolutePath() + "\"], \"tolerance\": \"model\", "
                + "\"points\": {\"dleta\": 1}}");
        assertBadInput("points.dleta: unknown quantity", "grade", points.toString(), "--submissions",
                folder.toString());
        Run neither = run("grade", points.toString());
        assertEquals(2, neither.status());
        assertTrue(neither.err().startsWith("give either --submissions DIR or both --student ID and --problems DIR\n"),
                neither.err());
    }
}
