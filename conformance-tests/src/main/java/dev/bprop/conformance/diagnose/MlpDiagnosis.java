package dev.bprop.conformance.diagnose;

import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Places;
import dev.bprop.oracle.objective.Place;
import dev.bprop.conformance.problem.PreActivations;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads the pattern of a failed MLP comparison and says which rule it points to, most specific first: NaN where
 * the reference is finite (KIT-FINITE, LOSS-STABLE), wrong outputs (FWD-Z, FWD-A), a constant factor on the loss
 * or on every gradient ({@link ScaleDiagnosis}), a transposed weight gradient (BP4, NOT-SHAPES), errors in the
 * bias gradients alone (BP3) or the weight gradients alone (BP4, with {@link OffByOneLayer}), errors in the hidden
 * layers alone (BP2), errors from the output layer down (BP1 and its softmax and sigmoid forms), and errors of
 * the size of float32 rounding. Every finding is a sentence that names its clause.
 */
public final class MlpDiagnosis {
    private static final double FLOAT32_ROUNDING = 1e-4;

    private MlpDiagnosis() {
    }

    public static List<String> of(Problem problem, Result expected, Result found, MlpComparison comparison) {
        List<String> findings = new ArrayList<>();
        if (!comparison.shapeErrors().isEmpty()) {
            comparison.shapeErrors().forEach(error -> findings.add("FMT-RESULT: " + error));
            return findings;
        }
        List<ElementComparison> mismatches = comparison.mismatches();
        nonFinite(problem, mismatches, findings);
        if (float32(comparison.elements(), mismatches, findings)) {
            return findings;
        }
        if (mismatches.stream().anyMatch(m -> Places.in(m, Place.OUTPUTS))) {
            findings.add("the outputs a^L differ: the forward pass is wrong (FWD-Z, FWD-A), and the gradients with it");
            return findings;
        }
        if (mismatches.stream().anyMatch(m -> Places.in(m, Place.LOSS))) {
            double ratio = found.loss() / expected.loss();
            ScaleDiagnosis.of("loss J", ratio, problem).map(text -> "the loss: " + text).ifPresent(findings::add);
        }
        List<ElementComparison> gradients = comparison.elements().stream()
                .filter(Places::inLayerGradient).toList();
        if (gradients.stream().noneMatch(Places::mismatch)) {
            return findings;
        }
        OptionalDouble ratio = CommonRatio.of(gradients);
        if (ratio.isPresent()) {
            ScaleDiagnosis.of("gradient", ratio.getAsDouble(), problem).ifPresent(findings::add);
        } else {
            layers(problem, expected, found, gradients, findings);
        }
        return findings;
    }

    private static void nonFinite(Problem problem, List<ElementComparison> mismatches, List<String> findings) {
        List<ElementComparison> nonFinite = mismatches.stream()
                .filter(m -> !Double.isFinite(m.found()) && Double.isFinite(m.expected())).toList();
        if (nonFinite.isEmpty()) {
            return;
        }
        findings.add(nonFinite.size() + " numbers are NaN or infinite where the reference is finite, the first at "
                + nonFinite.get(0).place().path() + " (KIT-FINITE)");
        double logits = PreActivations.of(problem).largestMagnitude(problem.depth());
        Activation last = problem.layer(problem.depth()).activation();
        if (logits > 30 && (last == Activation.SOFTMAX || problem.loss() != Loss.MSE)) {
            findings.add(String.format(Locale.ROOT, "the logits reach |z^L| = %.4g: an unstable softmax or loss; "
                    + "subtract max z before exponentiating and take the loss by log-sum-exp or softplus, never ln of "
                    + "a computed softmax or sigmoid (ACT-SOFTMAX, LOSS-STABLE)", logits));
        }
    }

    private static void layers(Problem problem, Result expected, Result found, List<ElementComparison> gradients,
            List<String> findings) {
        SortedSet<Integer> wrongWeights = wrongLayers(gradients, Place.WEIGHTS);
        SortedSet<Integer> wrongBiases = wrongLayers(gradients, Place.BIAS);
        int depth = problem.depth();
        for (int l : wrongWeights) {
            if (Transposes.matches(expected.gradient(l).weights(), found.gradient(l).weights())) {
                findings.add("the gradient of layer " + l + " matches the transpose of ∂J/∂W^" + l + ": BP4 is "
                        + "Σ_e δ^l_e (a^(l−1)_e)ᵀ, whose row j belongs to unit j of layer l (NOT-SHAPES)");
                return;
            }
        }
        if (wrongWeights.isEmpty()) {
            findings.add("only the bias gradients differ (layers " + wrongBiases + ") while the weight gradients are "
                    + "right, so δ is right: ∂J/∂b^l is Σ_e δ^l_e, summed over the batch (BP3)");
            return;
        }
        if (wrongBiases.isEmpty()) {
            findings.add("only the weight gradients differ (layers " + wrongWeights + ") while the bias gradients "
                    + "Σ_e δ^l_e are right, so δ is right and the a^(l−1) of BP4 is not (BP4)");
            OffByOneLayer.find(problem, found, wrongWeights).ifPresent(findings::add);
            return;
        }
        SortedSet<Integer> wrong = new TreeSet<>(wrongWeights);
        wrong.addAll(wrongBiases);
        if (!wrong.contains(depth)) {
            findings.add("errors only in hidden layers " + wrong + " (" + activations(problem, wrong) + "), the "
                    + "output layer is right: BP2, δ^l = ((W^(l+1))ᵀ δ^(l+1)) ⊙ g'(z^l)" + derivativeHint(problem,
                    wrong));
            return;
        }
        findings.add(OutputError.describe(problem, found) + derivativeHint(problem, wrong));
    }

    private static SortedSet<Integer> wrongLayers(List<ElementComparison> gradients, String tensor) {
        return gradients.stream().filter(e -> Places.mismatch(e) && Places.in(e, tensor))
                .map(e -> e.place().layer()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String activations(Problem problem, SortedSet<Integer> layers) {
        return layers.stream().map(l -> problem.layer(l).activation().fileName()).collect(Collectors.joining(", "));
    }

    /** For sigmoid and tanh, the commonest slip is g' taken of a = g(z) rather than of z. */
    private static String derivativeHint(Problem problem, SortedSet<Integer> layers) {
        boolean smooth = layers.stream().map(problem::layer).anyMatch(layer -> layer.activation() == Activation.SIGMOID
                || layer.activation() == Activation.TANH);
        return smooth ? "; check that g' is taken at z: σ'(z) = σ(z)(1 − σ(z)) and tanh'(z) = 1 − tanh²(z), not "
                + "σ'(a) with a = σ(z) already applied (ACT-SIGMOID, ACT-TANH)" : "";
    }

    /**
     * Errors of the size of float32 rounding in a float64 implementation: every mismatch within 1e−4 of the largest
     * magnitude of its tensor, where every bug of substance errs by order 1.
     */
    private static boolean float32(List<ElementComparison> elements, List<ElementComparison> mismatches,
            List<String> findings) {
        boolean small = !mismatches.isEmpty() && mismatches.stream().allMatch(m -> Double.isFinite(m.found())
                && m.absoluteError() <= FLOAT32_ROUNDING * scale(elements, m));
        if (small) {
            findings.add("every error is of the size of float32 rounding (about 1e−7 relative): float32 arithmetic "
                    + "leaks into a float64 implementation; declare Precision.FLOAT32 if that is intended");
        }
        return small;
    }

    private static double scale(List<ElementComparison> elements, ElementComparison of) {
        return elements.stream().filter(e -> Places.in(e, of.place().tensor())
                && e.place().layer() == of.place().layer()).mapToDouble(e -> Math.abs(e.expected())).max().orElse(0);
    }
}
