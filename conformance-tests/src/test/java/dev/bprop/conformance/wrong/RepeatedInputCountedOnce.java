package dev.bprop.conformance.wrong;

import dev.bprop.spec.graph.GraphNode;
import java.util.Map;

/** bprop over the distinct input nodes rather than the positions: mul(x, x) gives x, not 2x (GBP-BPROP). */
final class RepeatedInputCountedOnce extends TextbookGraph {
    @Override
    void propagate(GraphNode node, double adjoint, Map<String, Double> values, Map<String, Double> adjoints) {
        for (int position = 0; position < node.inputs().size(); position++) {
            if (position == 0 || !node.inputs().get(position).equals(node.inputs().get(0))) {
                adjoints.merge(node.inputs().get(position), adjoint * partial(node, position, values), Double::sum);
            }
        }
    }
}
