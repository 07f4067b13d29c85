package dev.bprop.conformance.wrong;

import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The seed grad_table[z] = 1 kept for operations only: a graph whose output is an input node (f = x) gets
 * ∂f/∂x = 0 where 1 belongs (GBP-GRADTABLE).
 */
final class OutputInputNotSeeded extends TextbookGraph {
    @Override
    public GraphResult gradient(Graph graph) {
        GraphResult result = super.gradient(graph);
        Map<String, Double> gradient = new LinkedHashMap<>(result.gradient());
        if (gradient.containsKey(graph.output())) {
            gradient.put(graph.output(), 0.0);
        }
        return new GraphResult(result.value(), gradient);
    }
}
