package dev.bprop.conformance.wrong;

import dev.bprop.conformance.spi.GraphImplementation;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import dev.bprop.spec.graph.GraphResult;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reverse-mode differentiation as a textbook writes it: one forward sweep in file order, one backward sweep in
 * reverse order accumulating each node's adjoint into its inputs, position by position (GBP-BUILDGRAD rule 3).
 * Correct as written; each graph bug of the catalogue overrides one step.
 */
class TextbookGraph implements GraphImplementation {
    @Override
    public GraphResult gradient(Graph graph) {
        Map<String, Double> values = new HashMap<>();
        for (GraphNode node : graph.nodes()) {
            values.put(node.name(), node.op().isLeaf() ? node.value().getAsDouble() : value(node, values));
        }
        Map<String, Double> adjoints = new HashMap<>(seeds(graph));
        List<GraphNode> nodes = graph.nodes();
        for (int n = nodes.size() - 1; n >= 0; n--) {
            GraphNode node = nodes.get(n);
            Double adjoint = adjoints.get(node.name());
            if (adjoint != null && !node.op().isLeaf()) {
                propagate(node, adjoint, values, adjoints);
            }
        }
        Map<String, Double> gradient = new LinkedHashMap<>();
        graph.inputNodes().forEach(input -> gradient.put(input.name(), adjoints.getOrDefault(input.name(), 0.0)));
        return new GraphResult(values.get(graph.output()), gradient);
    }

    /** The adjoints the sweep starts from: 1 at the output (GBP-GRADTABLE). */
    Map<String, Double> seeds(Graph graph) {
        return Map.of(graph.output(), 1.0);
    }

    /** Adds this node's contribution to each input, once per position the input holds (GBP-BPROP). */
    void propagate(GraphNode node, double adjoint, Map<String, Double> values, Map<String, Double> adjoints) {
        for (int position = 0; position < node.inputs().size(); position++) {
            double contribution = adjoint * partial(node, position, values);
            adjoints.merge(node.inputs().get(position), contribution, this::accumulate);
        }
    }

    double accumulate(double sum, double contribution) {
        return sum + contribution;
    }

    static double value(GraphNode node, Map<String, Double> values) {
        double a = values.get(node.inputs().get(0));
        double b = node.op().arity() == 2 ? values.get(node.inputs().get(1)) : 0;
        return switch (node.op()) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case POW -> Math.pow(a, b);
            case NEG -> -a;
            case SIN -> Math.sin(a);
            case COS -> Math.cos(a);
            case EXP -> Math.exp(a);
            case LOG -> Math.log(a);
            case TANH -> Math.tanh(a);
            case SIGMOID -> Textbook.sigmoid(a);
            case RELU -> Math.max(0, a);
            case INPUT, CONST -> throw new IllegalArgumentException("a leaf has no operation");
        };
    }

    /** ∂node/∂(argument {@code position}) (GBP-OPS). */
    double partial(GraphNode node, int position, Map<String, Double> values) {
        double a = values.get(node.inputs().get(0));
        double b = node.op().arity() == 2 ? values.get(node.inputs().get(1)) : 0;
        GraphOp op = node.op();
        return switch (op) {
            case ADD -> 1;
            case SUB -> position == 0 ? 1 : -1;
            case MUL -> position == 0 ? b : a;
            case DIV -> position == 0 ? 1 / b : -a / (b * b);
            case POW -> position == 0 ? (b == 0 ? 0 : b * Math.pow(a, b - 1)) : (a == 0 ? 0 : Math.pow(a, b) * Math.log(a));
            case NEG -> -1;
            case SIN -> Math.cos(a);
            case COS -> -Math.sin(a);
            case EXP -> Math.exp(a);
            case LOG -> 1 / a;
            case TANH -> 1 / (Math.cosh(a) * Math.cosh(a));
            case SIGMOID -> Textbook.sigmoid(a) * Textbook.sigmoid(-a);
            case RELU -> a > 0 ? 1 : 0;
            case INPUT, CONST -> throw new IllegalArgumentException("a leaf has no partials");
        };
    }
}
