package dev.bprop.conformance.check;

import dev.bprop.conformance.compare.Comparisons;
import dev.bprop.conformance.compare.ElementComparison;
import dev.bprop.conformance.compare.Place;
import dev.bprop.conformance.spi.Precision;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * A found result against the expected one, tensor by tensor (clause FMT-RESULT): the loss J, the outputs a^L, and
 * ∂J/∂W^l and ∂J/∂b^l of every layer, each as a tensor of its own so that its tolerance scales with its own
 * magnitude. Shapes are checked first ({@link ResultShapes}).
 */
public record MlpComparison(List<String> shapeErrors, List<ElementComparison> elements) {
    public MlpComparison {
        shapeErrors = List.copyOf(shapeErrors);
        elements = List.copyOf(elements);
    }

    public static MlpComparison of(Problem problem, Result expected, Result found, Precision precision) {
        List<String> shapeErrors = ResultShapes.errors(problem, found);
        if (!shapeErrors.isEmpty()) {
            return new MlpComparison(shapeErrors, List.of());
        }
        List<ElementComparison> elements = new ArrayList<>(Comparisons.tensor(new double[] {expected.loss()},
                new double[] {found.loss()}, n -> Place.loss(), precision));
        int outputs = problem.width(problem.depth());
        elements.addAll(Comparisons.tensor(Flat.of(expected.outputs()), Flat.of(found.outputs()),
                n -> Place.output(n / outputs, n % outputs), precision));
        for (int l = 1; l <= problem.depth(); l++) {
            int layer = l;
            int columns = problem.width(l - 1);
            elements.addAll(Comparisons.tensor(Flat.of(expected.gradient(l).weights()),
                    Flat.of(found.gradient(l).weights()), n -> Place.weight(layer, n / columns, n % columns),
                    precision));
            elements.addAll(Comparisons.tensor(expected.gradient(l).bias(), found.gradient(l).bias(),
                    n -> Place.bias(layer, n), precision));
        }
        return new MlpComparison(shapeErrors, elements);
    }

    /** The elements outside their tolerance. */
    public List<ElementComparison> mismatches() {
        return elements.stream().filter(element -> !element.passed()).toList();
    }

    public boolean passed() {
        return shapeErrors.isEmpty() && elements.stream().allMatch(ElementComparison::passed);
    }
}
