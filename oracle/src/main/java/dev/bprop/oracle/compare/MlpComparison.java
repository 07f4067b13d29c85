package dev.bprop.oracle.compare;

import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A found result against the expected one in the oracle's comparison model (clauses FMT-RESULT, CMP-VERDICT): the
 * loss J, the outputs a^L, and every component of ∂J/∂W^l and ∂J/∂b^l, each with the tolerance its own rounding
 * magnitude gives it on one evaluation of the oracle's tape ({@link RoundingBound}), so that a component that cancels to nearly 0 is allowed the rounding of
 * its largest terms and no more. Shapes are checked first ({@link ResultShapes}). A result identical to the expected
 * one, bit for bit, agrees under any tolerance: it has no elements, and the tolerances are not computed.
 */
public record MlpComparison(Sides sides, List<String> shapeErrors, List<ElementComparison> elements) {
    public MlpComparison {
        shapeErrors = List.copyOf(shapeErrors);
        elements = List.copyOf(elements);
    }

    public static MlpComparison of(Problem problem, Result expected, Result found, Sides sides) {
        List<String> shapeErrors = ResultShapes.errors(problem, found);
        if (!shapeErrors.isEmpty()) {
            return new MlpComparison(sides, shapeErrors, List.of());
        }
        ProblemObjective objective = new ProblemObjective(problem);
        double[] expectedGradient = objective.flatten(expected);
        double[] foundGradient = objective.flatten(found);
        if (expected.loss() == found.loss() && Arrays.deepEquals(expected.outputs(), found.outputs())
                && Arrays.equals(expectedGradient, foundGradient)) {
            return new MlpComparison(sides, shapeErrors, List.of());
        }
        RoundingBound bound = RoundingBound.of(objective);
        List<ElementComparison> elements = new ArrayList<>();
        elements.add(sides.compare(Places.loss(), expected.loss(), found.loss(), bound.value()));
        for (int e = 0; e < problem.batchSize(); e++) {
            for (int k = 0; k < problem.width(problem.depth()); k++) {
                elements.add(sides.compare(Places.output(e, k), expected.output(e, k), found.output(e, k),
                        bound.outputs().get(e).get(k)));
            }
        }
        for (int k = 0; k < objective.dimension(); k++) {
            elements.add(sides.compare(objective.place(k), expectedGradient[k], foundGradient[k],
                    bound.gradient(k)));
        }
        return new MlpComparison(sides, shapeErrors, elements);
    }

    /** The elements outside their tolerance. */
    public List<ElementComparison> mismatches() {
        return elements.stream().filter(Places::mismatch).toList();
    }

    public boolean passed() {
        return shapeErrors.isEmpty() && mismatches().isEmpty();
    }
}
