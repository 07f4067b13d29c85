package dev.bprop.conformance.wrong;

import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The sweep started at 1 from every operation nobody consumes, not from the output alone: a dead branch (GBP-SUBGRAPH)
 * adds its gradient to the inputs it reads.
 */
final class DeadBranchContributes extends TextbookGraph {
    @Override
    Map<String, Double> seeds(Graph graph) {
        Set<String> consumed = new HashSet<>();
        graph.nodes().forEach(node -> consumed.addAll(node.inputs()));
        Map<String, Double> seeds = new HashMap<>(Map.of(graph.output(), 1.0));
        for (GraphNode node : graph.nodes()) {
            if (!node.op().isLeaf() && !consumed.contains(node.name())) {
                seeds.put(node.name(), 1.0);
            }
        }
        return seeds;
    }
}
