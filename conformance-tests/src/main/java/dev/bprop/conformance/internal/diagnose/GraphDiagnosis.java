package dev.bprop.conformance.internal.diagnose;

import dev.bprop.oracle.objective.Place;
import dev.bprop.oracle.compare.GraphComparison;
import dev.bprop.oracle.compare.Places;
import dev.bprop.oracle.compare.Reproduction;
import dev.bprop.conformance.internal.diagnose.model.GraphModel;
import dev.bprop.conformance.internal.diagnose.model.GraphModels;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The diagnosis of a failed graph comparison, by reproduction ({@link MlpDiagnosis}'s counterpart): every known bug
 * of {@link GraphModels} that applies to the graph, operation-level first, is computed on the same graph; those
 * that give the implementation's numbers within the tolerance are the cause. Otherwise only the facts: whether the
 * value differs, which inputs' gradients differ, an exact constant factor.
 */
public final class GraphDiagnosis {
    private GraphDiagnosis() {
    }

    public static List<String> of(Graph graph, GraphResult found, GraphComparison comparison) {
        List<String> findings = new ArrayList<>();
        if (!comparison.shapeErrors().isEmpty()) {
            comparison.shapeErrors().forEach(error -> findings.add("FMT-GRAPH-RESULT: " + error));
            return findings;
        }
        List<Reproduced> reproduced = reproduced(graph, found, comparison);
        if (!reproduced.isEmpty()) {
            return Reproduced.findings(reproduced, GraphModels.all().size());
        }
        List<ElementComparison> mismatches = comparison.mismatches();
        if (mismatches.stream().anyMatch(m -> Places.in(m, Place.VALUE))) {
            findings.add("the value f differs: the forward evaluation differs (GBP-OPS)");
        }
        List<String> inputs = mismatches.stream().filter(m -> Places.in(m, Place.GRADIENT))
                .map(m -> m.place().index()).toList();
        if (!inputs.isEmpty()) {
            findings.add("the gradients of the inputs " + inputs + " differ");
        }
        MlpFacts.factor(comparison.elements().stream().filter(e -> Places.in(e, Place.GRADIENT)).toList())
                .ifPresent(findings::add);
        findings.add("no known bug of the kit's catalogue (" + GraphModels.all().size() + " models) reproduces "
                + "these numbers");
        return findings;
    }

    /** The models that reproduce the failure. */
    public static List<Reproduced> reproduced(Graph graph, GraphResult found, GraphComparison comparison) {
        List<Reproduced> reproduced = new ArrayList<>();
        for (GraphModel model : GraphModels.all()) {
            if (!model.applies().test(graph)) {
                continue;
            }
            try {
                Reproduction.Match match = Reproduction.graph(graph, comparison, model.predict(graph));
                if (match.matches()) {
                    reproduced.add(new Reproduced(model.name(), model.clause(), model.cause(), "",
                            match.largestUlps()));
                }
            } catch (RuntimeException notApplicable) {
                // a model whose wrong partial leaves the graph's domain does not reproduce it
            }
        }
        return reproduced;
    }
}
