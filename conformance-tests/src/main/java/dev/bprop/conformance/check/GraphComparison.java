package dev.bprop.conformance.check;

import dev.bprop.conformance.compare.Comparisons;
import dev.bprop.conformance.compare.ElementComparison;
import dev.bprop.conformance.compare.Place;
import dev.bprop.conformance.spi.Precision;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A found graph result against the expected one (clause FMT-GRAPH-RESULT): one gradient entry for every input
 * node and no other, then the value f and the gradient compared as two tensors.
 */
public record GraphComparison(List<String> shapeErrors, List<ElementComparison> elements) {
    public GraphComparison {
        shapeErrors = List.copyOf(shapeErrors);
        elements = List.copyOf(elements);
    }

    public static GraphComparison of(Graph graph, GraphResult expected, GraphResult found, Precision precision) {
        List<String> inputs = graph.inputNodes().stream().map(GraphNode::name).toList();
        if (found == null) {
            return new GraphComparison(List.of("the implementation returned null"), List.of());
        }
        if (!found.gradient().keySet().equals(Set.copyOf(inputs))) {
            return new GraphComparison(List.of("gradient: expected one entry for each input node " + inputs
                    + ", found " + found.gradient().keySet().stream().collect(Collectors.toList())), List.of());
        }
        List<ElementComparison> elements = new ArrayList<>(Comparisons.tensor(new double[] {expected.value()},
                new double[] {found.value()}, n -> Place.value(), precision));
        double[] expectedGradient = inputs.stream().mapToDouble(expected.gradient()::get).toArray();
        double[] foundGradient = inputs.stream().mapToDouble(found.gradient()::get).toArray();
        elements.addAll(Comparisons.tensor(expectedGradient, foundGradient, n -> Place.gradient(inputs.get(n)),
                precision));
        return new GraphComparison(List.of(), elements);
    }

    public List<ElementComparison> mismatches() {
        return elements.stream().filter(element -> !element.passed()).toList();
    }

    public boolean passed() {
        return shapeErrors.isEmpty() && elements.stream().allMatch(ElementComparison::passed);
    }
}
