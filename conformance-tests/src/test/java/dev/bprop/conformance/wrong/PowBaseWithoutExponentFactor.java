package dev.bprop.conformance.wrong;

import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import java.util.Map;

/** pow's ∂/∂base as a^(b−1): the power rule's factor b forgotten. */
final class PowBaseWithoutExponentFactor extends TextbookGraph {
    @Override
    double partial(GraphNode node, int position, Map<String, Double> values) {
        if (!(node.op() == GraphOp.POW && position == 0)) {
            return super.partial(node, position, values);
        }
        double a = values.get(node.inputs().get(0));
        double b = node.op().arity() == 2 ? values.get(node.inputs().get(1)) : 0;
        return Math.pow(a, b - 1);
    }
}
