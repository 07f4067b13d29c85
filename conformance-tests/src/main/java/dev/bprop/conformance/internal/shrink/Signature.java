package dev.bprop.conformance.internal.shrink;

import dev.bprop.oracle.compare.GraphComparison;
import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.conformance.internal.diagnose.GraphDiagnosis;
import dev.bprop.conformance.internal.diagnose.MlpDiagnosis;
import dev.bprop.conformance.internal.diagnose.Reproduced;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a case fails, as the shrinker must keep it: the bug models that reproduce the failure, or, when none does,
 * the kinds of numbers that differ (loss, outputs, weights, bias; value, gradient), whether any is NaN or infinite,
 * and whether the shapes are wrong. A smaller problem counts only if it fails the same way: it is reproduced by every
 * model the original was (smaller problems may let more models coincide), or, without a model, it differs in the
 * same kinds of numbers. So the printed problem shows the reported bug, not another one or a different symptom.
 *
 * @param models the names of the reproducing models
 * @param differing the kinds of numbers that differ, with "non-finite" and "shapes" where they apply
 */
public record Signature(List<String> models, Set<String> differing) {
    public Signature {
        models = List.copyOf(models);
        differing = Set.copyOf(differing);
    }

    public static Signature of(Problem problem, Result found, MlpComparison comparison) {
        List<String> models = MlpDiagnosis.reproduced(problem, found, comparison).stream().map(Reproduced::name)
                .toList();
        return new Signature(models, kinds(comparison.mismatches(), !comparison.shapeErrors().isEmpty()));
    }

    public static Signature of(Graph graph, GraphResult found, GraphComparison comparison) {
        List<String> models = GraphDiagnosis.reproduced(graph, found, comparison).stream().map(Reproduced::name)
                .toList();
        return new Signature(models, kinds(comparison.mismatches(), !comparison.shapeErrors().isEmpty()));
    }

    private static Set<String> kinds(List<ElementComparison> mismatches, boolean shapes) {
        Set<String> kinds = new TreeSet<>();
        mismatches.forEach(m -> kinds.add(m.place().tensor()));
        if (mismatches.stream().anyMatch(m -> !Double.isFinite(m.found()) && Double.isFinite(m.expected()))) {
            kinds.add("non-finite");
        }
        if (shapes) {
            kinds.add("shapes");
        }
        return kinds;
    }

    /** Whether {@code candidate}, a smaller problem's signature, shows the same failure as this one. */
    public boolean keptBy(Signature candidate) {
        return models.isEmpty() ? candidate.models.isEmpty() && candidate.differing.equals(differing)
                : candidate.models.containsAll(models);
    }

    /** The failure in words, for the heading of the printed problem. */
    public String describe() {
        return models.isEmpty() ? "no known bug reproduced; the same kinds of numbers differ: " + differing
                : "reproduced by the same model" + (models.size() > 1 ? "s " : " ") + models;
    }
}
