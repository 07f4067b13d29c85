package dev.bprop.conformance.diagnose;

import dev.bprop.oracle.compare.GraphComparison;
import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.ResultShapes;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.conformance.spi.Precision;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.compare.Ulps;
import dev.bprop.oracle.objective.GraphObjective;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one question the diagnosis asks of the comparison model: do a candidate's numbers (a bug model's prediction,
 * a second answer) equal the found ones within CMP-TOLERANCE? Each number gets the tolerance the comparison against
 * the reference gave it, so the tape is evaluated once per failure, not once per model. NaN equals NaN and an
 * infinity the same infinity here: a model of an unstable formula reproduces its NaN.
 *
 * <p>The reference's tolerance bounds the reference's rounding; where the reference is 0 because a factor is 0 (a
 * dead unit, a flat derivative) it is 0 too, while the bug computes a number there with rounding of its own. So each
 * tolerance is widened by the model's own rounding, relative to the larger of the two numbers: 2^−40 (2^13 ulps)
 * for a float64 implementation, 2^−16 for a float32 one, far below the differences that tell two models apart.
 *
 * <p>A result of the wrong shape has no tolerances (FMT-RESULT): its numbers must then agree with the candidate's,
 * tensor by tensor in the same shape, to {@value #UNCOMPARED_RELATIVE} of the tensor's largest magnitude.
 */
public final class Reproduces {
    static final double UNCOMPARED_RELATIVE = 1e-12;
    static final double OWN_ROUNDING_FLOAT64 = 0x1p-40;
    static final double OWN_ROUNDING_FLOAT32 = 0x1p-16;

    /** Whether the candidate matches, and its largest distance from the found numbers in ulps (CMP-ULPS). */
    public record Match(boolean matches, long largestUlps) {
        static final Match NONE = new Match(false, Long.MAX_VALUE);
    }

    private Reproduces() {
    }

    /** {@code candidate} against {@code found}, with the tolerances of {@code againstReference}. */
    public static Match mlp(Problem problem, MlpComparison againstReference, Result candidate, Result found) {
        if (candidate != null && !againstReference.shapeErrors().isEmpty()) {
            return sameShapeAndNumbers(candidate, found);
        }
        if (candidate == null || !ResultShapes.errors(problem, candidate).isEmpty()) {
            return Match.NONE;
        }
        Map<String, Double> values = new HashMap<>();
        values.put("loss", candidate.loss());
        for (int e = 0; e < problem.batchSize(); e++) {
            for (int k = 0; k < problem.width(problem.depth()); k++) {
                values.put("outputs[" + e + "][" + k + "]", candidate.output(e, k));
            }
        }
        ProblemObjective objective = new ProblemObjective(problem);
        double[] gradient = objective.flatten(candidate);
        for (int k = 0; k < gradient.length; k++) {
            values.put(objective.place(k).path(), gradient[k]);
        }
        return within(againstReference.elements(), values, ownRounding(againstReference.sides()));
    }

    /** {@code candidate} against {@code found} for a graph, with the tolerances of {@code againstReference}. */
    public static Match graph(Graph graph, GraphComparison againstReference, GraphResult candidate,
            GraphResult found) {
        if (!againstReference.shapeErrors().isEmpty() || candidate == null) {
            return Match.NONE;
        }
        Map<String, Double> values = new HashMap<>();
        values.put("value", candidate.value());
        GraphObjective objective = new GraphObjective(graph);
        double[] gradient = objective.flatten(candidate);
        for (int k = 0; k < gradient.length; k++) {
            values.put(objective.place(k).path(), gradient[k]);
        }
        return within(againstReference.elements(), values, ownRounding(againstReference.sides()));
    }

    private static double ownRounding(Sides sides) {
        return sides.foundIn() == dev.bprop.oracle.bound.Precision.FLOAT64 ? OWN_ROUNDING_FLOAT64 : OWN_ROUNDING_FLOAT32;
    }

    /** Whether every element's found number equals the candidate's at the same place within its tolerance. */
    static Match within(List<ElementComparison> elements, Map<String, Double> candidate, double ownRounding) {
        if (elements.isEmpty()) {
            return Match.NONE;
        }
        long largest = 0;
        for (ElementComparison element : elements) {
            Double value = candidate.get(element.place().path());
            double slack = ownRounding * Math.max(Math.abs(value == null ? 0 : value), Math.abs(element.found()));
            if (value == null || !equal(value, element.found(), element.tolerance() + slack)) {
                return Match.NONE;
            }
            largest = Math.max(largest, Double.isFinite(value) ? Ulps.between(value, element.found()) : 0);
        }
        return new Match(true, largest);
    }

    /** Whether two numbers are equal within {@code tolerance}, NaN to NaN and an infinity to itself. */
    static boolean equal(double a, double b, double tolerance) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return Double.compare(a, b) == 0 || (Double.isNaN(a) && Double.isNaN(b));
        }
        return Math.abs(a - b) <= tolerance;
    }

    private static Match sameShapeAndNumbers(Result candidate, Result found) {
        if (found == null || found.gradients().size() != candidate.gradients().size()) {
            return Match.NONE;
        }
        boolean same = tensor(candidate.outputs(), found.outputs())
                && equal(candidate.loss(), found.loss(), UNCOMPARED_RELATIVE * Math.abs(candidate.loss()));
        for (int l = 1; l <= candidate.gradients().size() && same; l++) {
            same = tensor(candidate.gradient(l).weights(), found.gradient(l).weights())
                    && tensor(new double[][] {candidate.gradient(l).bias()}, new double[][] {found.gradient(l)
                            .bias()});
        }
        return same ? new Match(true, 0) : Match.NONE;
    }

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
                if (!equal(candidate[r][c], found[r][c], UNCOMPARED_RELATIVE * scale)) {
                    return false;
                }
            }
        }
        return true;
    }
}
