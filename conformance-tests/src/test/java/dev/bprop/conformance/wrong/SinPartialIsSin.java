package dev.bprop.conformance.wrong;

import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import java.util.Map;

/** sin's derivative as sin a: sin and cos swapped. */
final class SinPartialIsSin extends TextbookGraph {
    @Override
    double partial(GraphNode node, int position, Map<String, Double> values) {
        if (!(node.op() == GraphOp.SIN)) {
            return super.partial(node, position, values);
        }
        double a = values.get(node.inputs().get(0));
        double b = node.op().arity() == 2 ? values.get(node.inputs().get(1)) : 0;
        return Math.sin(a);
    }
}
