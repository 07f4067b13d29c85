package dev.bprop.cli.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.json.BpropJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * FMT-GRADE-ASSIGNMENT: the grader's judgement of each slot, under significant digits and under the comparison model
 * (CMP-VALUE), and the kit's diagnosis of what it rejected. The expected answers are the reference's (BP1–BP4,
 * GBP-BUILDGRAD); a student's answer is that answer with one number changed by hand.
 */
class JudgeTest {
    /** EX-ADJOINT's graph, inputs x1 = 0.7 and x2 = −1.3. */
    private static final Task ADJOINT = new Task.Graphs("adjoint",
            BpropJson.readGraph(ExampleSubmissions.EXAMPLES.resolve("problems").resolve("adjoint.json")));
    /** One identity unit with w = 0 and b = 0 at x = 1, y = 0: z, a, J, δ and both gradients are all 0. */
    private static final Task ZERO = new Task.Mlp("zero", BpropJson.parseProblem("""
            {"layers": [{"activation": "identity", "weights": [[0]], "bias": [0]}],
             "loss": "mse", "inputs": [[1]], "targets": [[0]]}
            """));
    /** A sigmoid network, 2-2-2 (the example assignment's). */
    private static final Task SIGMOID = new Task.Mlp("sigmoid", BpropJson.readProblem(ExampleSubmissions.EXAMPLES
            .resolve("problems").resolve(ExampleSubmissions.NETWORK + ".json")));

    /** {@code task}'s expected answer with entry (r, c) of {@code slot} moved by {@code delta}. */
    private static Map<Slot, Tensor> off(Task task, Slot slot, int r, int c, double delta) {
        Map<Slot, Tensor> found = new LinkedHashMap<>(task.expected());
        Tensor tensor = found.get(slot);
        double[][] values = new double[tensor.values().length][];
        for (int row = 0; row < values.length; row++) {
            values[row] = tensor.values()[row].clone();
        }
        values[r][c] += delta;
        found.put(slot, new Tensor(tensor.path(), tensor.kind(), values, tensor.names()));
        return found;
    }

    private static List<String> missedPlaces(Judge.Judgement judgement) {
        return judgement.misses().values().stream().flatMap(List::stream).map(Miss::place).toList();
    }

    /** Expected 0 in an all-zero slot allows 0 (no magnitude to take digits of): exactly 0 is right. */
    @Test
    void fmtGradeAssignment_anExactZeroPassesUnderDigits() {
        Judge.Judgement judgement = Judge.judge(ZERO, ZERO.expected(), ZERO.expected(), new Tolerance(4));
        assertEquals(List.of(), missedPlaces(judgement));
        assertEquals(List.of(), judgement.diagnosis());
        assertEquals(List.of("layers[0].z[0][0]"), missedPlaces(Judge.judge(ZERO, ZERO.expected(),
                off(ZERO, new Slot(Quantity.Z, 1), 0, 0, 1e-300), new Tolerance(4))));
    }

    @Test
    void fmtGradeAssignment_aGraphAnswerUnderTheModelIsJudgedEntryByEntryAndDiagnosed() {
        Judge.Judgement right = Judge.judge(ADJOINT, ADJOINT.expected(), ADJOINT.expected(), Tolerance.MODEL);
        assertEquals(List.of(), missedPlaces(right));
        assertEquals(List.of(), right.diagnosis());
        Judge.Judgement wrong = Judge.judge(ADJOINT, ADJOINT.expected(), off(ADJOINT, new Slot(Quantity.GRADIENT, 0),
                0, 0, 1), Tolerance.MODEL);
        assertEquals(List.of("gradient.x1"), missedPlaces(wrong));
        assertFalse(wrong.diagnosis().isEmpty(), "the kit diagnoses a rejected gradient");
        Judge.Judgement value = Judge.judge(ADJOINT, ADJOINT.expected(), off(ADJOINT, new Slot(Quantity.VALUE, 0), 0,
                0, 1), Tolerance.MODEL);
        assertEquals(List.of("value"), missedPlaces(value));
    }

    /** Under the model, Z, A and Δ get a rounding allowance of a few units in the last place; 10⁻³ is far beyond. */
    @Test
    void fmtGradeAssignment_aNetworkAnswerUnderTheModelRejectsOnlyTheEntriesMoved() {
        Judge.Judgement right = Judge.judge(SIGMOID, SIGMOID.expected(), SIGMOID.expected(), Tolerance.MODEL);
        assertEquals(List.of(), missedPlaces(right));
        assertEquals(List.of(), right.diagnosis());
        assertEquals(List.of("loss"), missedPlaces(Judge.judge(SIGMOID, SIGMOID.expected(),
                off(SIGMOID, new Slot(Quantity.LOSS, 0), 0, 0, 1e-3), Tolerance.MODEL)));
        for (Quantity quantity : List.of(Quantity.Z, Quantity.A, Quantity.DELTA)) {
            Judge.Judgement judgement = Judge.judge(SIGMOID, SIGMOID.expected(), off(SIGMOID, new Slot(quantity, 2), 1,
                    0, 1e-3), Tolerance.MODEL);
            assertEquals(List.of("layers[1]." + quantity.name().toLowerCase() + "[1][0]"), missedPlaces(judgement));
            assertTrue(judgement.misses().get(new Slot(quantity, 2)).get(0).allowed() < 1e-12,
                    judgement.misses().toString());
        }
        Judge.Judgement gradient = Judge.judge(SIGMOID, SIGMOID.expected(), off(SIGMOID,
                new Slot(Quantity.WEIGHT_GRADIENTS, 1), 0, 1, 1e-3), Tolerance.MODEL);
        assertEquals(List.of("gradients[0].weights[0][1]"), missedPlaces(gradient));
        assertFalse(gradient.diagnosis().isEmpty());
    }
}
