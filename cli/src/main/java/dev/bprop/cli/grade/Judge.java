package dev.bprop.cli.grade;

import dev.bprop.conformance.internal.diagnose.GraphDiagnosis;
import dev.bprop.conformance.internal.diagnose.MlpDiagnosis;
import dev.bprop.oracle.bound.Allowance;
import dev.bprop.oracle.bound.Precision;
import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.bound.Tape;
import dev.bprop.oracle.bound.TapeNode;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.compare.GraphComparison;
import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.oracle.objective.Forward;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place where the grader asks the project's comparison model for a verdict, so that a new model is switched
 * in here alone. It calls the oracle's comparisons (CMP-VERDICT), {@link MlpComparison#of} and {@link GraphComparison#of} with
 * {@link Sides#referenceAgainst} float64 (CMP-TOLERANCE, CMP-VALUE), and their diagnoses, {@link MlpDiagnosis#of}
 * and {@link GraphDiagnosis#of}. Z^l and A^l, which no result file holds, are values under CMP-VALUE with the depth D
 * and magnitude V of the oracle's {@link Forward} pass on its running-error {@link Tape}; δ^l_ej is held to the allowance of
 * ∂J/∂b^l_j = Σ_e δ^l_ej, whose terms include all of δ^l_ej's (so its S bounds δ's, BP3).
 */
final class Judge {
    private static final Sides SIDES = Sides.referenceAgainst(Precision.FLOAT64);

    private Judge() {
    }

    /**
     * The entries of {@code found} outside their tolerance, by slot, and what the kit's diagnosis makes of them.
     * {@code found} holds only the slots the student answered, each in its expected shape.
     */
    static Judgement judge(Task task, Map<Slot, Tensor> expected, Map<Slot, Tensor> found, Tolerance tolerance) {
        Map<Slot, List<Miss>> misses = new LinkedHashMap<>();
        if (tolerance.model()) {
            Map<String, ElementComparison> rejected = modelMismatches(task, expected, found);
            found.forEach((slot, tensor) -> misses.put(slot, byModel(expected.get(slot), tensor, task, slot,
                    rejected)));
        } else {
            found.forEach((slot, tensor) -> misses.put(slot, byDigits(expected.get(slot), tensor, tolerance)));
        }
        return new Judgement(misses, diagnosis(task, expected, found, misses));
    }

    /**
     * Whether {@code found}, an implementation's result file for {@code problem}, disagrees with the reference's
     * under the comparison model (loss, outputs and gradients); for the shrinker of the Java path.
     */
    static boolean disagrees(Problem problem, Result found) {
        return !MlpComparison.of(problem, Backpropagation.gradient(problem), found, SIDES).passed();
    }

    /** The verdicts of one judgement: misses by slot (empty for a slot that passed) and the kit's diagnosis. */
    record Judgement(Map<Slot, List<Miss>> misses, List<String> diagnosis) {
    }

    private static List<Miss> byDigits(Tensor expected, Tensor found, Tolerance tolerance) {
        double largest = expected.largestMagnitude();
        return entries(expected, found, (r, c) -> tolerance.allowed(expected.values()[r][c], largest));
    }

    private interface Allowed {
        double at(int r, int c);
    }

    private static List<Miss> entries(Tensor expected, Tensor found, Allowed allowed) {
        List<Miss> misses = new ArrayList<>();
        for (int r = 0; r < expected.values().length; r++) {
            for (int c = 0; c < expected.values()[r].length; c++) {
                double e = expected.values()[r][c];
                double f = found.values()[r][c];
                double t = allowed.at(r, c);
                if (!(Math.abs(e - f) <= t)) {
                    misses.add(new Miss(expected.place(r, c), e, f, t));
                }
            }
        }
        return misses;
    }

    /** The result-file entries the kit's comparison rejects, by path; Z, A, Δ are not among them. */
    private static Map<String, ElementComparison> modelMismatches(Task task, Map<Slot, Tensor> expected,
            Map<Slot, Tensor> found) {
        List<ElementComparison> mismatches = task instanceof Task.Mlp mlp
                ? MlpComparison.of(mlp.problem(), result(mlp.problem(), expected, Map.of()),
                        result(mlp.problem(), expected, found), SIDES).mismatches()
                : GraphComparison.of(((Task.Graphs) task).graph(), graphResult(expected, Map.of()),
                        graphResult(expected, found), SIDES).mismatches();
        return mismatches.stream().collect(Collectors.toMap(m -> m.place().path(), Function.identity()));
    }

    private static List<Miss> byModel(Tensor expected, Tensor found, Task task, Slot slot,
            Map<String, ElementComparison> rejected) {
        Set<Quantity> intermediate = Set.of(Quantity.Z, Quantity.A, Quantity.DELTA);
        if (task instanceof Task.Mlp mlp && intermediate.contains(slot.quantity())) {
            Allowed allowed = intermediateAllowance(mlp.problem(), slot);
            return entries(expected, found, allowed);
        }
        List<Miss> misses = new ArrayList<>();
        for (int r = 0; r < expected.values().length; r++) {
            for (int c = 0; c < expected.values()[r].length; c++) {
                ElementComparison element = rejected.get(expected.place(r, c));
                if (element != null) {
                    misses.add(new Miss(element.place().path(), element.expected(), element.found(),
                            element.tolerance()));
                }
            }
        }
        return misses;
    }

    /** CMP-VALUE for z^l_ej and a^l_ej (both sides float64); BP3's allowance of ∂J/∂b^l_j for δ^l_ej. */
    private static Allowed intermediateAllowance(Problem problem, Slot slot) {
        int l = slot.layer();
        if (slot.quantity() == Quantity.DELTA) {
            ProblemObjective objective = new ProblemObjective(problem);
            RoundingBound bound = RoundingBound.of(objective);
            return (e, j) -> 2 * bound.of(objective.biasIndex(l, j));
        }
        ProblemObjective objective = new ProblemObjective(problem);
        Tape tape = new Tape();
        Forward<TapeNode> pass = objective.forward(java.util.Arrays.stream(objective.point()).mapToObj(tape::variable)
                .toList(), tape);
        List<List<List<TapeNode>>> nodes = slot.quantity() == Quantity.Z ? pass.z() : pass.a();
        return (e, j) -> {
            TapeNode node = nodes.get(l).get(e).get(j);
            return 2 * Allowance.value(node.depth(), node.magnitude()).of(Precision.FLOAT64);
        };
    }

    /**
     * The kit's diagnosis of the numbers the grader rejected: the student's value where it was rejected, the
     * reference's everywhere else, so that the kit reasons about exactly the mistakes graded (a correct answer
     * rounded to a few digits does not look like float32 rounding).
     */
    private static List<String> diagnosis(Task task, Map<Slot, Tensor> expected, Map<Slot, Tensor> found,
            Map<Slot, List<Miss>> misses) {
        Map<Slot, Tensor> wrongOnly = new LinkedHashMap<>();
        misses.forEach((slot, list) -> {
            if (!list.isEmpty()) {
                wrongOnly.put(slot, found.get(slot));
            }
        });
        if (task instanceof Task.Mlp mlp) {
            Result reference = result(mlp.problem(), expected, Map.of());
            Result wrong = result(mlp.problem(), expected, wrongOnly);
            MlpComparison comparison = MlpComparison.of(mlp.problem(), reference, wrong, SIDES);
            return comparison.passed() ? List.of() : MlpDiagnosis.of(mlp.problem(), reference, wrong, comparison);
        }
        Task.Graphs graph = (Task.Graphs) task;
        GraphResult wrong = graphResult(expected, wrongOnly);
        GraphComparison comparison = GraphComparison.of(graph.graph(), graphResult(expected, Map.of()), wrong, SIDES);
        return comparison.passed() ? List.of() : GraphDiagnosis.of(graph.graph(), wrong, comparison);
    }

    /** A result file (FMT-RESULT) of {@code found}'s blocks, and {@code expected}'s where {@code found} has none. */
    private static Result result(Problem problem, Map<Slot, Tensor> expected, Map<Slot, Tensor> found) {
        Function<Slot, double[][]> values = slot -> found.getOrDefault(slot, expected.get(slot)).values();
        List<LayerGradient> gradients = new ArrayList<>();
        for (int l = 1; l <= problem.depth(); l++) {
            gradients.add(new LayerGradient(values.apply(new Slot(Quantity.WEIGHT_GRADIENTS, l)),
                    values.apply(new Slot(Quantity.BIAS_GRADIENTS, l))[0]));
        }
        return new Result(values.apply(new Slot(Quantity.LOSS, 0))[0][0], values.apply(new Slot(Quantity.OUTPUTS, 0)),
                gradients);
    }

    private static GraphResult graphResult(Map<Slot, Tensor> expected, Map<Slot, Tensor> found) {
        Tensor value = found.getOrDefault(new Slot(Quantity.VALUE, 0), expected.get(new Slot(Quantity.VALUE, 0)));
        Slot gradientSlot = new Slot(Quantity.GRADIENT, 0);
        Tensor gradient = found.getOrDefault(gradientSlot, expected.get(gradientSlot));
        Map<String, Double> entries = new LinkedHashMap<>();
        for (int c = 0; c < gradient.names().size(); c++) {
            entries.put(gradient.names().get(c), gradient.values()[0][c]);
        }
        return new GraphResult(value.values()[0][0], entries);
    }
}
