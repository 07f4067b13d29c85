package dev.bprop.spec.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of an expression graph (clause FMT-GRAPH-RESULT): the value f of the output node and ∂f/∂x for
 * every {@code input} node x, in file order (0 where f does not depend on x).
 */
public record GraphResult(double value, Map<String, Double> gradient) {
    public GraphResult {
        gradient = Collections.unmodifiableMap(new LinkedHashMap<>(gradient));
    }
}
