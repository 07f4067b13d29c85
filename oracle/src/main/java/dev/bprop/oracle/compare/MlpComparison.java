package dev.bprop.oracle.compare;

import dev.bprop.oracle.bound.Allowance;
import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.objective.Place;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.oracle.tangent.MatrixRoundingBound;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A found result against the expected one in the oracle's comparison model (clauses FMT-RESULT, CMP-VERDICT): the
 * loss J, the outputs a^L, and every component of ∂J/∂W^l and ∂J/∂b^l, each with the tolerance its own rounding
 * magnitude gives it ({@link RoundingBound}), so that a component that cancels to nearly 0 is allowed the rounding of
 * its largest terms and no more. Shapes are checked first ({@link ResultShapes}). A result identical to the expected
 * one, bit for bit, agrees under any tolerance: it has no elements, and the tolerances are not computed.
 *
 * <p>The bound comes from the oracle's tape ({@code RoundingBound.of}) on problems of at most {@value #TAPE_LIMIT}
 * multiply-adds w·m (w parameters, m examples) and from the same formulas at matrix level above
 * ({@link MatrixRoundingBound}), where the tape's node per operation would cost too much time and memory; the two
 * give the same S_k and V up to the order of their sums, and the matrix route a D as large as the tape's or up to
 * about 2.5 times larger, its running-error depth being bounded layer by layer (CMP-TOLERANCE).
 *
 * <p>The numbers are held as arrays — J first, then the outputs row by row, then the gradient in the order of θ
 * (NOT-W) — and judged there; an {@link ElementComparison}, with its place and the formula of its tolerance, is made
 * only for a number that is asked for: each mismatch, or each element of {@link #elements()} as it is read. A verdict
 * on a network of 10⁶ weights then costs the bound and one pass over the numbers.
 */
public final class MlpComparison {
    /** The largest w·m whose bound the tape computes. */
    static final long TAPE_LIMIT = 10_000;

    private final Sides sides;
    private final List<String> shapeErrors;
    private final ProblemObjective objective;
    private final RoundingBound bound;
    private final double[] expected;
    private final double[] found;
    /** n_L, the outputs of one example. */
    private final int width;
    /** 1 + m·n_L: the index of the first gradient component. */
    private final int gradientAt;

    private MlpComparison(Sides sides, List<String> shapeErrors, ProblemObjective objective, RoundingBound bound,
            double[] expected, double[] found) {
        this.sides = sides;
        this.shapeErrors = List.copyOf(shapeErrors);
        this.objective = objective;
        this.bound = bound;
        this.expected = expected;
        this.found = found;
        this.width = objective == null ? 0 : objective.problem().width(objective.problem().depth());
        this.gradientAt = objective == null ? 0 : 1 + objective.problem().batchSize() * width;
    }

    /** A comparison that stopped before the numbers: wrong shapes, or no difference at all. */
    private static MlpComparison withoutElements(Sides sides, List<String> shapeErrors) {
        return new MlpComparison(sides, shapeErrors, null, null, new double[0], new double[0]);
    }

    public static MlpComparison of(Problem problem, Result expected, Result found, Sides sides) {
        List<String> shapeErrors = ResultShapes.errors(problem, found);
        if (!shapeErrors.isEmpty()) {
            return withoutElements(sides, shapeErrors);
        }
        ProblemObjective objective = new ProblemObjective(problem);
        double[] expectedNumbers = numbers(objective, expected);
        double[] foundNumbers = numbers(objective, found);
        if (Arrays.equals(expectedNumbers, foundNumbers)) {
            return withoutElements(sides, List.of());
        }
        return new MlpComparison(sides, List.of(), objective, bound(objective), expectedNumbers, foundNumbers);
    }

    /** The same comparison with the bound given, for the tests that hold the two routes to each other. */
    static MlpComparison of(Problem problem, Result expected, Result found, Sides sides, RoundingBound bound) {
        ProblemObjective objective = new ProblemObjective(problem);
        return new MlpComparison(sides, List.of(), objective, bound, numbers(objective, expected),
                numbers(objective, found));
    }

    /** CMP-TOLERANCE's bound by the tape up to {@link #TAPE_LIMIT} multiply-adds, at matrix level above. */
    static RoundingBound bound(ProblemObjective objective) {
        return onTape(objective) ? RoundingBound.of(objective) : MatrixRoundingBound.of(objective);
    }

    /** Whether w·m is at most {@link #TAPE_LIMIT}. */
    static boolean onTape(ProblemObjective objective) {
        return (long) objective.dimension() * objective.problem().batchSize() <= TAPE_LIMIT;
    }

    /** J, the outputs row by row, the gradient in the order of θ: the order of {@link #elements()}. */
    static double[] numbers(ProblemObjective objective, Result result) {
        double[][] outputs = result.outputs();
        int width = objective.problem().width(objective.problem().depth());
        double[] gradient = objective.flatten(result);
        double[] numbers = new double[1 + outputs.length * width + gradient.length];
        numbers[0] = result.loss();
        for (int e = 0; e < outputs.length; e++) {
            System.arraycopy(outputs[e], 0, numbers, 1 + e * width, width);
        }
        System.arraycopy(gradient, 0, numbers, 1 + outputs.length * width, gradient.length);
        return numbers;
    }

    public Sides sides() {
        return sides;
    }

    /** What is wrong with the found result's shapes (FMT-RESULT); empty when they are right. */
    public List<String> shapeErrors() {
        return shapeErrors;
    }

    /** Every number compared, J first, then the outputs row by row, then the gradient in the order of θ. */
    public List<ElementComparison> elements() {
        return new AbstractList<>() {
            @Override
            public ElementComparison get(int index) {
                return element(index);
            }

            @Override
            public int size() {
                return expected.length;
            }
        };
    }

    /** The elements outside their tolerance. */
    public List<ElementComparison> mismatches() {
        List<ElementComparison> mismatches = new ArrayList<>();
        if (expected.length == 0) {
            return mismatches;
        }
        for (int index = 0; index < gradientAt; index++) {
            if (verdict(index) == Verdict.DISAGREES) {
                mismatches.add(element(index));
            }
        }
        // The gradient in a loop of its own, with its allowances made on the spot from D and S_k, which the JIT
        // compiles without an object per component: a third of the time of the general path at 10⁶ weights.
        double[] sums = bound.sums();
        int depth = bound.depth();
        for (int index = gradientAt; index < expected.length; index++) {
            if (Sides.verdict(expected[index], found[index], sides.tolerance(Allowance.gradient(depth,
                    sums[index - gradientAt]))) == Verdict.DISAGREES) {
                mismatches.add(element(index));
            }
        }
        return mismatches;
    }

    public boolean passed() {
        return shapeErrors.isEmpty() && mismatches().isEmpty();
    }

    private Verdict verdict(int index) {
        return Sides.verdict(expected[index], found[index], sides.tolerance(allowance(index)));
    }

    private ElementComparison element(int index) {
        return sides.compare(place(index), expected[index], found[index], allowance(index));
    }

    private Place place(int index) {
        if (index == 0) {
            return Places.loss();
        }
        return index < gradientAt ? Places.output((index - 1) / width, (index - 1) % width)
                : objective.place(index - gradientAt);
    }

    private Allowance allowance(int index) {
        if (index >= gradientAt) {
            return bound.gradient(index - gradientAt);
        }
        return index == 0 ? bound.value() : bound.outputs().get((index - 1) / width).get((index - 1) % width);
    }
}
