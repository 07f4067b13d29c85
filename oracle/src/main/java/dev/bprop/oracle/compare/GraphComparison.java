package dev.bprop.oracle.compare;

import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.objective.GraphObjective;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A found graph result against the expected one (clause FMT-GRAPH-RESULT): one gradient entry for every input
 * node and no other, then the value f and every ∂f/∂x compared in the oracle's comparison model, each with the
 * tolerance of its rounding magnitude on the oracle's tape (CMP-TOLERANCE). A result identical to the expected one,
 * bit for bit, has no elements: it agrees under any tolerance.
 */
public record GraphComparison(Sides sides, List<String> shapeErrors, List<ElementComparison> elements) {
    public GraphComparison {
        shapeErrors = List.copyOf(shapeErrors);
        elements = List.copyOf(elements);
    }

    public static GraphComparison of(Graph graph, GraphResult expected, GraphResult found, Sides sides) {
        List<String> inputs = graph.inputNodes().stream().map(GraphNode::name).toList();
        if (found == null) {
            return new GraphComparison(sides, List.of("the implementation returned null"), List.of());
        }
        if (!found.gradient().keySet().equals(Set.copyOf(inputs))) {
            return new GraphComparison(sides, List.of("gradient: expected one entry for each input node " + inputs
                    + ", found " + List.copyOf(found.gradient().keySet())), List.of());
        }
        GraphObjective objective = new GraphObjective(graph);
        double[] expectedGradient = objective.flatten(expected);
        double[] foundGradient = objective.flatten(found);
        if (expected.value() == found.value() && Arrays.equals(expectedGradient, foundGradient)) {
            return new GraphComparison(sides, List.of(), List.of());
        }
        RoundingBound bound = RoundingBound.of(objective);
        List<ElementComparison> elements = new ArrayList<>();
        elements.add(sides.compare(Places.value(), expected.value(), found.value(), bound.value()));
        for (int k = 0; k < objective.dimension(); k++) {
            elements.add(sides.compare(objective.place(k), expectedGradient[k], foundGradient[k],
                    bound.gradient(k)));
        }
        return new GraphComparison(sides, List.of(), elements);
    }

    /** f, then ∂f/∂x in the order of the objective's inputs: the order of {@link #elements()}. */
    static double[] numbers(GraphObjective objective, GraphResult result) {
        double[] gradient = objective.flatten(result);
        double[] numbers = new double[1 + gradient.length];
        numbers[0] = result.value();
        System.arraycopy(gradient, 0, numbers, 1, gradient.length);
        return numbers;
    }

    public List<ElementComparison> mismatches() {
        return elements.stream().filter(Places::mismatch).toList();
    }

    public boolean passed() {
        return shapeErrors.isEmpty() && mismatches().isEmpty();
    }
}
