package dev.bprop.oracle.check;

import dev.bprop.oracle.ad.ForwardMode;
import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.compare.Comparison;
import dev.bprop.oracle.compare.DirectionalCheck;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.compare.Estimate;
import dev.bprop.oracle.compare.FdEstimates;
import dev.bprop.oracle.compare.Verdict;
import dev.bprop.oracle.exact.ExactBudget;
import dev.bprop.oracle.exact.ExactGradient;
import dev.bprop.oracle.fd.FdComponent;
import dev.bprop.oracle.fd.FiniteDifferences;
import dev.bprop.oracle.objective.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * A gradient under test checked by every oracle that applies, each pair under CMP-TOLERANCE.
 *
 * <p>Up to {@value #FULL_LIMIT} parameters: DerivativeStructure's full gradient, finite differences and (for
 * rational objectives) exact fractions, compared pairwise with the gradient under test and with each other.
 * Above, where those cost O(w²), the gradient is checked along a random direction (CMP-DIRECTIONAL).
 *
 * @param comparisons every pair compared, the gradient under test first as the one "found"
 * @param differences the finite-difference components, empty above the limit
 * @param exact the exact gradient, where the objective is rational and small enough
 * @param directional the check along a random direction, above the limit
 * @param skipped the oracles that did not run, each with the reason (exact fractions over their budget, …)
 */
public record GradientCheck(Objective objective, List<Comparison> comparisons, List<FdComponent> differences,
        Optional<ExactGradient> exact, Optional<ElementComparison> directional, List<String> skipped) {
    /** The largest w checked component by component. */
    public static final int FULL_LIMIT = 2_000;

    public GradientCheck {
        comparisons = List.copyOf(comparisons);
        differences = List.copyOf(differences);
        skipped = List.copyOf(skipped);
    }

    /**
     * @param gradient the gradient under test, in the order of θ
     * @param method its name in reports
     * @param seed the seed reported with every disagreement, and of the random direction
     */
    public static GradientCheck of(Objective objective, double[] gradient, String method, long seed) {
        if (!componentByComponent(objective.dimension())) {
            return new GradientCheck(objective, List.of(), List.of(), Optional.empty(),
                    Optional.of(DirectionalCheck.of(objective, gradient, method, seed)),
                    List.of("finite differences, DerivativeStructure's full gradient and exact fractions: more than "
                            + FULL_LIMIT + " parameters, where they cost O(w²·m) (CMP-DIRECTIONAL)"));
        }
        RoundingBound bound = RoundingBound.of(objective);
        OptionalLong reported = OptionalLong.of(seed);
        Estimate underTest = Estimate.float64(method, gradient);
        Estimate forward = Estimate.float64("DerivativeStructure", ForwardMode.gradient(objective));
        List<FdComponent> components = FiniteDifferences.gradient(objective);
        Estimate differences = FdEstimates.of(components);
        ExactGradient.Attempt attempt = ExactGradient.attempt(objective, ExactBudget.DEFAULT);
        Optional<ExactGradient> exact = attempt.gradient();
        List<Comparison> comparisons = new ArrayList<>();
        comparisons.add(Comparison.of(objective, forward, underTest, bound, reported));
        comparisons.add(Comparison.of(objective, differences, underTest, bound, reported));
        comparisons.add(Comparison.of(objective, differences, forward, bound, reported));
        exact.ifPresent(fractions -> {
            Estimate rounded = Estimate.exact("exact fractions", fractions.nearestDoubles());
            comparisons.add(Comparison.of(objective, rounded, underTest, bound, reported));
            comparisons.add(Comparison.of(objective, rounded, forward, bound, reported));
            comparisons.add(Comparison.of(objective, rounded, differences, bound, reported));
        });
        return new GradientCheck(objective, comparisons, components, exact, Optional.empty(),
                attempt.reason().filter(reason -> reason.startsWith("skipped")).map(reason -> "exact fractions: "
                        + reason).stream().toList());
    }

    /** Whether w parameters are few enough for the O(w²) oracles: w ≤ {@value #FULL_LIMIT}. */
    static boolean componentByComponent(int w) {
        return w <= FULL_LIMIT;
    }

    /** Whether every pair agrees on every component it compares. */
    public boolean agrees() {
        return comparisons.stream().allMatch(Comparison::agrees)
                && directional.stream().allMatch(check -> check.verdict() == Verdict.AGREES);
    }

    /** The comparison of {@code found} against {@code expected}, by the methods' names, if that pair was compared. */
    public Optional<Comparison> comparison(String expected, String found) {
        return comparisons.stream().filter(c -> c.expected().equals(expected) && c.found().equals(found)).findFirst();
    }

    /** The oracles that checked, for reports: e.g. "DerivativeStructure, finite differences, exact fractions". */
    public String methods() {
        if (directional.isPresent()) {
            return "DerivativeStructure along a random direction, " + directional.get().place().index();
        }
        return exact.isPresent() ? "DerivativeStructure, finite differences, exact fractions"
                : "DerivativeStructure, finite differences";
    }

    /** One line per disagreement ({@link dev.bprop.oracle.compare.Report}); empty when everything agrees. */
    public List<String> disagreements() {
        return Stream.concat(comparisons.stream().flatMap(c -> c.report().stream()),
                directional.stream().filter(d -> d.verdict() != Verdict.AGREES).map(d -> d.place().clause()
                        + " " + d.place().index() + ": expected " + d.expected() + " (DerivativeStructure), found "
                        + d.found() + ", tolerance " + d.tolerance() + " = " + d.toleranceOrigin())).toList();
    }

    /** The number of components of layer l (0 for graphs) that finite differences found at a kink. */
    public long kinks(int layer) {
        long count = 0;
        for (int k = 0; k < differences.size(); k++) {
            if (differences.get(k).atKink() && objective.place(k).layer() == layer) {
                count++;
            }
        }
        return count;
    }
}
