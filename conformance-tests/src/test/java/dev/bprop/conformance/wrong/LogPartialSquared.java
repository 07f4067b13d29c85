package dev.bprop.conformance.wrong;

import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import java.util.Map;

/** log's derivative as 1/a², the derivative of −1/a mixed up with that of ln a. */
final class LogPartialSquared extends TextbookGraph {
    @Override
    double partial(GraphNode node, int position, Map<String, Double> values) {
        if (!(node.op() == GraphOp.LOG)) {
            return super.partial(node, position, values);
        }
        double a = values.get(node.inputs().get(0));
        double b = node.op().arity() == 2 ? values.get(node.inputs().get(1)) : 0;
        return 1 / (a * a);
    }
}
