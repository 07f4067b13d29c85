package dev.bprop.conformance.wrong;

import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import java.util.Map;

/** sigmoid's derivative as a(1 − a) with a the input, where σ(a)(1 − σ(a)) belongs. */
final class SigmoidPartialOfTheInput extends TextbookGraph {
    @Override
    double partial(GraphNode node, int position, Map<String, Double> values) {
        if (!(node.op() == GraphOp.SIGMOID)) {
            return super.partial(node, position, values);
        }
        double a = values.get(node.inputs().get(0));
        double b = node.op().arity() == 2 ? values.get(node.inputs().get(1)) : 0;
        return a * (1 - a);
    }
}
