package dev.bprop.conformance.internal.diagnose.model;

import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import dev.bprop.spec.graph.GraphResult;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * General backpropagation (GBP-BUILDGRAD) written plainly: the values in file order, then one reverse sweep that
 * adds each node's adjoint times its partial derivatives (GBP-OPS) into its inputs, position by position
 * (GBP-BPROP). One overridable method per step, so that each model of {@link GraphModels} changes exactly one; as
 * written here it computes the spec's result.
 */
public class PlainGraphBackprop {
    public GraphResult gradient(Graph graph) {
        Map<String, Double> values = new HashMap<>();
        Map<String, Integer> consumers = new HashMap<>();
        for (GraphNode node : graph.nodes()) {
            values.put(node.name(), node.op().isLeaf() ? node.value().getAsDouble() : value(node, values));
            node.inputs().forEach(input -> consumers.merge(input, 1, Integer::sum));
        }
        Map<String, Double> adjoints = new HashMap<>();
        for (String seed : seeds(graph, consumers.keySet())) {
            adjoints.put(seed, 1.0);
        }
        List<GraphNode> nodes = graph.nodes();
        for (int n = nodes.size() - 1; n >= 0; n--) {
            GraphNode node = nodes.get(n);
            Double adjoint = adjoints.get(node.name());
            if (adjoint != null && !node.op().isLeaf()) {
                propagate(node, adjoint, values, adjoints);
            }
        }
        Map<String, Double> gradient = new LinkedHashMap<>();
        graph.inputNodes().forEach(input -> gradient.put(input.name(), inputGradient(graph, input, adjoints)));
        return new GraphResult(values.get(graph.output()), gradient);
    }

    /** The nodes whose adjoint starts at 1: the output alone (GBP-GRADTABLE). */
    protected Set<String> seeds(Graph graph, Set<String> consumed) {
        return new HashSet<>(Set.of(graph.output()));
    }

    /** An input's gradient: its adjoint, 0 when nothing reached it. */
    protected double inputGradient(Graph graph, GraphNode input, Map<String, Double> adjoints) {
        return adjoints.getOrDefault(input.name(), 0.0);
    }

    /** Adds the node's contribution to each input, once per position the input holds (GBP-BPROP). */
    protected void propagate(GraphNode node, double adjoint, Map<String, Double> values,
            Map<String, Double> adjoints) {
        double a = values.get(node.inputs().get(0));
        double b = node.op().arity() == 2 ? values.get(node.inputs().get(1)) : 0;
        for (int position = 0; position < node.inputs().size(); position++) {
            double contribution = adjoint * partial(node.op(), position, a, b);
            adjoints.merge(node.inputs().get(position), contribution, this::accumulate);
        }
    }

    /** The sum of the contributions of a node's consumers (GBP-BUILDGRAD rule 1). */
    protected double accumulate(double sum, double contribution) {
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
            case SIGMOID -> Activations.sigmoid(a);
            case RELU -> Math.max(0, a);
            case INPUT, CONST -> throw new IllegalArgumentException("a leaf has no operation");
        };
    }

    /** ∂op(a, b)/∂(argument {@code position}) (GBP-OPS). */
    protected double partial(GraphOp op, int position, double a, double b) {
        return switch (op) {
            case ADD -> 1;
            case SUB -> position == 0 ? 1 : -1;
            case MUL -> position == 0 ? b : a;
            case DIV -> position == 0 ? 1 / b : -a / (b * b);
            case POW -> position == 0 ? (b == 0 ? 0 : b * Math.pow(a, b - 1))
                    : (a == 0 ? 0 : Math.pow(a, b) * Math.log(a));
            case NEG -> -1;
            case SIN -> Math.cos(a);
            case COS -> -Math.sin(a);
            case EXP -> Math.exp(a);
            case LOG -> 1 / a;
            case TANH -> 1 / (Math.cosh(a) * Math.cosh(a));
            case SIGMOID -> Activations.sigmoid(a) * Activations.sigmoid(-a);
            case RELU -> a > 0 ? 1 : 0;
            case INPUT, CONST -> throw new IllegalArgumentException("a leaf has no partials");
        };
    }
}
