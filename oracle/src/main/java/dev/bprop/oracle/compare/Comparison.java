package dev.bprop.oracle.compare;

import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.objective.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Two methods' gradients compared component by component under one rule, CMP-TOLERANCE:
 *
 * <pre>
 *     |e_k − f_k| ≤ t_k,   t_k = [e float64]·b_k + [f float64]·b_k + err_e,k + err_f,k,
 * </pre>
 *
 * where b_k is the {@link RoundingBound} and err the methods' own error estimates; a component either method
 * cannot judge (a kink for finite differences) is {@link Verdict#AT_KINK} and not compared.
 *
 * @param expected the method taken as expected
 * @param found the method under test
 * @param elements one per component, in the order of θ
 * @param seed the seed of whatever random choice produced the case, if any
 */
public record Comparison(String expected, String found, List<ElementComparison> elements, OptionalLong seed) {
    public Comparison {
        elements = List.copyOf(elements);
    }

    /** Compares {@code found} against {@code expected} for every component of {@code objective}. */
    public static Comparison of(Objective objective, Estimate expected, Estimate found, RoundingBound bound,
            OptionalLong seed) {
        List<ElementComparison> elements = new ArrayList<>(expected.size());
        for (int k = 0; k < expected.size(); k++) {
            double tolerance = tolerance(expected, found, bound, k);
            Verdict verdict = verdict(expected.value(k), found.value(k), tolerance,
                    expected.atKink(k) || found.atKink(k));
            elements.add(new ElementComparison(objective.place(k), expected.value(k), found.value(k),
                    expected.error(k), tolerance, origin(expected, found, bound), verdict));
        }
        return new Comparison(expected.method(), found.method(), elements, seed);
    }

    /** t_k of CMP-TOLERANCE. */
    static double tolerance(Estimate expected, Estimate found, RoundingBound bound, int k) {
        double rounding = (expected.float64() ? bound.of(k) : 0) + (found.float64() ? bound.of(k) : 0);
        return rounding + expected.error(k) + found.error(k);
    }

    static Verdict verdict(double expected, double found, double tolerance, boolean atKink) {
        if (atKink) {
            return Verdict.AT_KINK;
        }
        return Math.abs(expected - found) <= tolerance ? Verdict.AGREES : Verdict.DISAGREES;
    }

    private static String origin(Estimate expected, Estimate found, RoundingBound bound) {
        List<String> parts = new ArrayList<>();
        for (Estimate estimate : List.of(expected, found)) {
            if (estimate.float64()) {
                parts.add("2·D·u·S_k (" + estimate.method() + " in float64, D = " + bound.depth() + ")");
            } else {
                parts.add("the error estimate of " + estimate.method());
            }
        }
        return String.join(" + ", parts);
    }

    /** Whether no component disagrees. */
    public boolean agrees() {
        return disagreements().isEmpty();
    }

    public List<ElementComparison> disagreements() {
        return elements.stream().filter(e -> e.verdict() == Verdict.DISAGREES).toList();
    }

    /** The number of components not compared because of a kink. */
    public long kinks() {
        return elements.stream().filter(e -> e.verdict() == Verdict.AT_KINK).count();
    }

    /**
     * The largest relative error over the significant components of layer l (0 for graphs), 0 if none: those
     * compared, not at a kink, and larger than their tolerance — below it a component is rounding noise (a
     * saturated σ' of 10^(−175) against a computed 0) and a relative error says nothing.
     */
    public double maxRelativeError(int layer) {
        return elements.stream().filter(e -> e.place().layer() == layer && significant(e))
                .mapToDouble(ElementComparison::relativeError).max().orElse(0);
    }

    /** The largest relative error over all significant components (see {@link #maxRelativeError(int)}). */
    public double maxRelativeError() {
        return elements.stream().filter(Comparison::significant)
                .mapToDouble(ElementComparison::relativeError).max().orElse(0);
    }

    private static boolean significant(ElementComparison element) {
        return element.verdict() != Verdict.AT_KINK
                && Math.max(Math.abs(element.expected()), Math.abs(element.found())) > element.tolerance();
    }

    /** One line per disagreement, as {@link Report#line} writes it; empty when the methods agree. */
    public List<String> report() {
        return disagreements().stream().map(e -> Report.line(e, expected, found, seed)).toList();
    }
}
