package dev.bprop.conformance.internal.diagnose;

import dev.bprop.oracle.objective.Place;
import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Places;
import dev.bprop.oracle.compare.Reproduction;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What is certain about a failure no known bug reproduces, read off the comparison alone: the numbers that are NaN
 * or infinite, whether the loss differs, the examples whose outputs differ, the layers whose weight and bias
 * gradients differ, and a constant factor only when every gradient number shows it within its tolerance. A result
 * of the wrong shape has no numbers compared, and so no facts.
 */
final class MlpFacts {
    private MlpFacts() {
    }

    static List<String> of(Problem problem, Result expected, Result found, MlpComparison comparison) {
        List<String> facts = new ArrayList<>();
        List<ElementComparison> mismatches = comparison.mismatches();
        List<ElementComparison> nonFinite = mismatches.stream()
                .filter(m -> !Double.isFinite(m.found()) && Double.isFinite(m.expected())).toList();
        if (!nonFinite.isEmpty()) {
            facts.add(nonFinite.size() + " numbers are NaN or infinite where the reference is finite, the first at "
                    + nonFinite.get(0).place().path() + " (KIT-FINITE)");
        }
        if (mismatches.stream().anyMatch(m -> Places.in(m, Place.LOSS))) {
            facts.add("the loss J differs: " + found.loss() + " where the reference has " + expected.loss());
        }
        SortedSet<Integer> examples = new TreeSet<>();
        mismatches.stream().filter(m -> Places.in(m, Place.OUTPUTS))
                .forEach(m -> examples.add(Integer.parseInt(m.place().index().substring(1,
                        m.place().index().indexOf(']')))));
        if (!examples.isEmpty()) {
            facts.add("the outputs a^L differ for " + examples.size() + " of " + problem.batchSize()
                    + " examples " + first(examples) + " (FWD-A)");
        }
        SortedSet<Integer> weights = layers(mismatches, Place.WEIGHTS);
        SortedSet<Integer> biases = layers(mismatches, Place.BIAS);
        if (!weights.isEmpty() || !biases.isEmpty()) {
            facts.add("the gradients differ in " + (weights.isEmpty() ? "no weight gradient"
                    : "∂J/∂W^l of layers " + weights) + " and " + (biases.isEmpty() ? "no bias gradient"
                    : "∂J/∂b^l of layers " + biases) + " (of layers 1.." + problem.depth() + ")");
        }
        factor(comparison.elements().stream().filter(Places::inLayerGradient).toList()).ifPresent(facts::add);
        return facts;
    }

    private static SortedSet<Integer> layers(List<ElementComparison> mismatches, String tensor) {
        SortedSet<Integer> layers = new TreeSet<>();
        mismatches.stream().filter(m -> Places.in(m, tensor)).forEach(m -> layers.add(m.place().layer()));
        return layers;
    }

    private static String first(SortedSet<Integer> examples) {
        List<Integer> shown = examples.stream().limit(10).toList();
        return shown + (examples.size() > shown.size() ? " …" : "");
    }

    /**
     * "every gradient number is 0", or "every gradient number is r × the reference's" when the oracle finds that
     * constant factor in every component ({@link Reproduction#constantFactor}).
     */
    static Optional<String> factor(List<ElementComparison> gradient) {
        if (gradient.isEmpty()) {
            return Optional.empty();
        }
        if (gradient.stream().allMatch(e -> e.found() == 0)) {
            return Optional.of("every gradient number is 0");
        }
        OptionalDouble r = Reproduction.constantFactor(gradient);
        return r.isPresent() ? Optional.of("every gradient number is " + r.getAsDouble() + " × the reference's, "
                + "each within its tolerance") : Optional.empty();
    }
}
