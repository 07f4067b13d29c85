package dev.bprop.conformance.wrong;

import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import java.util.Map;

/** tanh's derivative as 1 − a² with a the input, where 1 − tanh²(a) belongs. */
final class TanhPartialOfTheInput extends TextbookGraph {
    @Override
    double partial(GraphNode node, int position, Map<String, Double> values) {
        if (!(node.op() == GraphOp.TANH)) {
            return super.partial(node, position, values);
        }
        double a = values.get(node.inputs().get(0));
        double b = node.op().arity() == 2 ? values.get(node.inputs().get(1)) : 0;
        return 1 - a * a;
    }
}
