package dev.bprop.oracle.compare;

import dev.bprop.oracle.objective.GraphObjective;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What reproduces the numbers an implementation was found to give, in the comparison model that judged them
 * (KIT-DIAGNOSIS): a candidate result — a bug model's prediction, a documented deviation — whose every number
 * reproduces the found one ({@link ElementComparison#reproducedBy}, within the tolerance the comparison against the
 * reference gave it, widened by the candidate's own rounding), or a constant multiple of the expected numbers
 * ({@link ElementComparison#foundIsTimes}). The tolerances are the comparison's, so the tape is evaluated once per
 * failure, not once per candidate.
 *
 * <p>A result of the wrong shape has no tolerances (FMT-RESULT): its numbers must then agree with the candidate's,
 * tensor by tensor in the same shape, to {@value #UNCOMPARED_RELATIVE} of the tensor's largest magnitude.
 */
public final class Reproduction {
    /** The relative agreement, of a tensor's largest magnitude, between two results no tolerance was computed for. */
    static final double UNCOMPARED_RELATIVE = 1e-12;

    /** Whether a candidate reproduces the found result, and its largest distance from the found numbers (CMP-ULPS). */
    public record Match(boolean matches, long largestUlps) {
        static final Match NONE = new Match(false, Long.MAX_VALUE);
    }

    private Reproduction() {
    }

    /**
     * Whether {@code candidate}, computed in the found side's precision, reproduces {@code found}, every number
     * with its tolerance in {@code againstReference} (found's comparison against the reference).
     */
    public static Match mlp(Problem problem, MlpComparison againstReference, Result candidate, Result found) {
        if (!againstReference.shapeErrors().isEmpty()) {
            return sameShapeAndNumbers(candidate, found);
        }
        if (!ResultShapes.errors(problem, candidate).isEmpty()) {
            return Match.NONE;
        }
        return within(againstReference.elements(), MlpComparison.numbers(new ProblemObjective(problem), candidate),
                againstReference.sides());
    }

    /**
     * {@link #mlp}'s counterpart for a graph (FMT-GRAPH-RESULT): the value f and every ∂f/∂x. A found result of the
     * wrong shape has no elements, and nothing reproduces it.
     */
    public static Match graph(Graph graph, GraphComparison againstReference, GraphResult candidate) {
        if (candidate == null) {
            return Match.NONE;
        }
        return within(againstReference.elements(), GraphComparison.numbers(new GraphObjective(graph), candidate),
                againstReference.sides());
    }

    /**
     * Whether every element's found number is reproduced by the candidate's number at the same index; none when
     * there are no elements (a result identical to the expected one has no failure to reproduce).
     */
    static Match within(List<ElementComparison> elements, double[] candidate, Sides sides) {
        if (elements.isEmpty()) {
            return Match.NONE;
        }
        long largest = 0;
        for (int k = 0; k < elements.size(); k++) {
            ElementComparison element = elements.get(k);
            if (!element.reproducedBy(candidate[k], sides.foundIn())) {
                return Match.NONE;
            }
            largest = Math.max(largest, Double.isFinite(candidate[k]) ? Ulps.between(candidate[k], element.found())
                    : 0);
        }
        return new Match(true, largest);
    }

    /**
     * The constant r with found_k = r·expected_k for every number k ({@link ElementComparison#foundIsTimes}), read
     * off the number of largest |expected|; none where its found number is not finite (r would be ∞ or NaN; where
     * the expected number is 0, r = ±∞ or NaN reproduces no finite number), and none where the found numbers already
     * agree with the expected ones (r = 1 is no factor).
     */
    public static OptionalDouble constantFactor(List<ElementComparison> numbers) {
        if (numbers.isEmpty()) {
            return OptionalDouble.empty();
        }
        ElementComparison largest = numbers.stream()
                .max(Comparator.comparingDouble(e -> Math.abs(e.expected()))).orElseThrow();
        if (!Double.isFinite(largest.found())) {
            return OptionalDouble.empty();
        }
        double r = largest.found() / largest.expected();
        boolean scaled = numbers.stream().allMatch(e -> e.foundIsTimes(r))
                && !numbers.stream().allMatch(e -> e.foundIsTimes(1));
        return scaled ? OptionalDouble.of(r) : OptionalDouble.empty();
    }

    /**
     * Whether two numbers are equal within {@code tolerance}; a NaN equals a NaN and an infinity the same
     * infinity ({@link Double#compare} orders every NaN as one value), and neither anything else.
     */
    static boolean equalWithin(double a, double b, double tolerance) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return Double.compare(a, b) == 0;
        }
        return Math.abs(a - b) <= tolerance;
    }

    private static Match sameShapeAndNumbers(Result candidate, Result found) {
        if (candidate == null || found == null || found.gradients().size() != candidate.gradients().size()) {
            return Match.NONE;
        }
        boolean same = tensor(candidate.outputs(), found.outputs())
                && equalWithin(candidate.loss(), found.loss(), UNCOMPARED_RELATIVE * Math.abs(candidate.loss()));
        for (int l = 1; l <= candidate.gradients().size() && same; l++) {
            same = tensor(candidate.gradient(l).weights(), found.gradient(l).weights())
                    && tensor(new double[][] {candidate.gradient(l).bias()},
                            new double[][] {found.gradient(l).bias()});
        }
        return same ? new Match(true, 0) : Match.NONE;
    }

    /** Same shape, and every number within {@value #UNCOMPARED_RELATIVE} of the candidate's largest magnitude. */
    private static boolean tensor(double[][] candidate, double[][] found) {
        if (candidate.length != found.length) {
            return false;
        }
        double scale = Arrays.stream(candidate).flatMapToDouble(Arrays::stream).map(Math::abs).max().orElse(0);
        for (int r = 0; r < candidate.length; r++) {
            if (candidate[r].length != found[r].length) {
                return false;
            }
            for (int c = 0; c < candidate[r].length; c++) {
                if (!equalWithin(candidate[r][c], found[r][c], UNCOMPARED_RELATIVE * scale)) {
                    return false;
                }
            }
        }
        return true;
    }
}
