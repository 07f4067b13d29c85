package dev.bprop.conformance.check;

import dev.bprop.conformance.problem.Forward;
import dev.bprop.oracle.bound.Tape;
import dev.bprop.oracle.bound.TapeNode;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A found result against the expected one in the oracle's comparison model (clause FMT-RESULT, CMP-TOLERANCE): the
 * loss J, the outputs a^L, and every component of ∂J/∂W^l and ∂J/∂b^l, each with the tolerance its own rounding
 * magnitude gives it on the oracle's tape, so that a component that cancels to nearly 0 is allowed the rounding of
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
        TapeRun run = TapeRun.of(objective);
        List<ElementComparison> elements = new ArrayList<>();
        elements.add(sides.compare(Places.loss(), expected.loss(), found.loss(), run.value()));
        List<List<TapeNode>> outputs = Forward.of(problem, new Tape()).a().get(problem.depth());
        for (int e = 0; e < problem.batchSize(); e++) {
            for (int k = 0; k < problem.width(problem.depth()); k++) {
                TapeNode output = outputs.get(e).get(k);
                elements.add(sides.compare(Places.output(e, k), expected.output(e, k), found.output(e, k),
                        new Allowance(output.depth(), output.magnitude(), 1)));
            }
        }
        for (int k = 0; k < objective.dimension(); k++) {
            elements.add(sides.compare(objective.place(k), expectedGradient[k], foundGradient[k],
                    run.gradient().get(k)));
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
