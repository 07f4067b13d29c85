package dev.bprop.conformance.internal.diagnose.model;

import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue of known graph bugs the diagnosis tries: each operation's partial derivatives done wrong (GBP-OP-*),
 * first, then the sweep's structure (GBP-BUILDGRAD, GBP-BPROP, GBP-SUBGRAPH, GBP-GRADTABLE).
 */
public final class GraphModels {
    private static final List<GraphModel> ALL = build();

    private GraphModels() {
    }

    public static List<GraphModel> all() {
        return ALL;
    }

    private static final int EVERY = -1;

    /** ∂op(a, b)/∂(argument position). */
    private interface Partial {
        double of(int position, double a, double b);
    }

    private static List<GraphModel> build() {
        List<GraphModel> models = new ArrayList<>(List.of(
                partial("pow-base-missing-exponent-factor", GraphOp.POW, 0,
                        "∂a^b/∂a taken as a^(b−1), without the factor b", (p, a, b) -> Math.pow(a, b - 1)),
                partial("pow-base-exponent-not-lowered", GraphOp.POW, 0, "∂a^b/∂a taken as b·a^b",
                        (p, a, b) -> b * Math.pow(a, b)),
                partial("pow-exponent-ln-of-exponent", GraphOp.POW, 1, "∂a^b/∂b taken as a^b·ln b: the logarithm "
                        + "of the exponent where ln a belongs", (p, a, b) -> Math.pow(a, b) * Math.log(b)),
                partial("pow-exponent-missing-ln", GraphOp.POW, 1, "∂a^b/∂b taken as a^b, without ln a",
                        (p, a, b) -> Math.pow(a, b)),
                partial("pow-exponent-as-base-rule", GraphOp.POW, 1, "∂a^b/∂b taken as b·a^(b−1), the base's "
                        + "partial", (p, a, b) -> b * Math.pow(a, b - 1)),
                partial("div-denominator-sign", GraphOp.DIV, 1, "∂(a/b)/∂b taken as +a/b²: the quotient rule's "
                        + "sign lost", (p, a, b) -> a / (b * b)),
                partial("div-denominator-without-numerator", GraphOp.DIV, 1, "∂(a/b)/∂b taken as −1/b²",
                        (p, a, b) -> -1 / (b * b)),
                partial("div-numerator-as-product", GraphOp.DIV, 0, "∂(a/b)/∂a taken as b, the product's "
                        + "partial", (p, a, b) -> b),
                partial("log-partial-is-log", GraphOp.LOG, 0, "∂ln a/∂a taken as ln a", (p, a, b) -> Math.log(a)),
                partial("log-partial-sign", GraphOp.LOG, 0, "∂ln a/∂a taken as −1/a", (p, a, b) -> -1 / a),
                partial("log-partial-squared", GraphOp.LOG, 0, "∂ln a/∂a taken as 1/a²", (p, a, b) -> 1 / (a * a)),
                partial("cos-partial-sign", GraphOp.COS, 0, "∂cos a/∂a taken as +sin a", (p, a, b) -> Math.sin(a)),
                partial("cos-partial-is-cos", GraphOp.COS, 0, "∂cos a/∂a taken as cos a: sin and cos swapped",
                        (p, a, b) -> Math.cos(a)),
                partial("sin-partial-sign", GraphOp.SIN, 0, "∂sin a/∂a taken as −cos a", (p, a, b) -> -Math.cos(a)),
                partial("sin-partial-is-sin", GraphOp.SIN, 0, "∂sin a/∂a taken as sin a: sin and cos swapped",
                        (p, a, b) -> Math.sin(a)),
                partial("sigmoid-partial-of-input", GraphOp.SIGMOID, 0, "∂σ(a)/∂a taken as a(1 − a), the formula "
                        + "applied to the input instead of σ(a)", (p, a, b) -> a * (1 - a)),
                partial("sigmoid-partial-at-value", GraphOp.SIGMOID, 0, "∂σ(a)/∂a taken as σ'(σ(a)), the "
                        + "derivative applied to the output", (p, a, b) -> {
                            double s = Activations.sigmoid(a);
                            return Activations.sigmoid(s) * Activations.sigmoid(-s);
                        }),
                partial("tanh-partial-of-input", GraphOp.TANH, 0, "∂tanh a/∂a taken as 1 − a²",
                        (p, a, b) -> 1 - a * a),
                partial("sub-second-partial-plus", GraphOp.SUB, 1, "∂(a − b)/∂b taken as +1", (p, a, b) -> 1),
                partial("sub-first-partial-minus", GraphOp.SUB, 0, "∂(a − b)/∂a taken as −1", (p, a, b) -> -1),
                partial("mul-partials-swapped", GraphOp.MUL, EVERY, "∂(a·b)/∂a taken as a and ∂(a·b)/∂b as b",
                        (p, a, b) -> p == 0 ? a : b),
                partial("exp-partial-one", GraphOp.EXP, 0, "∂e^a/∂a taken as 1", (p, a, b) -> 1),
                partial("neg-partial-plus", GraphOp.NEG, 0, "∂(−a)/∂a taken as +1", (p, a, b) -> 1),
                partial("relu-partial-one", GraphOp.RELU, 0, "∂relu(a)/∂a taken as 1 everywhere",
                        (p, a, b) -> 1)));
        models.addAll(List.of(
                new GraphModel("fan-out-overwritten", "GBP-BUILDGRAD", "the adjoint of a node with several "
                        + "consumers overwritten by each consumer's contribution instead of summed (rule 1)",
                        GraphModels::hasFanOut, () -> new PlainGraphBackprop() {
                            @Override
                            protected double accumulate(double sum, double contribution) {
                                return contribution;
                            }
                        }),
                new GraphModel("repeated-input-counted-once", "GBP-BPROP", "an operation that takes the same "
                        + "node twice passing its adjoint to it once, for its first position only",
                        GraphModels::hasRepeatedInput, () -> new PlainGraphBackprop() {
                            @Override
                            protected void propagate(GraphNode node, double adjoint, Map<String, Double> values,
                                    Map<String, Double> adjoints) {
                                if (node.inputs().size() == 2 && node.inputs().get(0).equals(node.inputs().get(1))) {
                                    double a = values.get(node.inputs().get(0));
                                    adjoints.merge(node.inputs().get(0), adjoint * partial(node.op(), 0, a, a),
                                            this::accumulate);
                                } else {
                                    super.propagate(node, adjoint, values, adjoints);
                                }
                            }
                        }),
                new GraphModel("dead-branch-contributes", "GBP-SUBGRAPH", "the sweep started at 1 from every node "
                        + "that nobody consumes, so a branch the output does not depend on adds to the gradient",
                        graph -> true, () -> new PlainGraphBackprop() {
                            @Override
                            protected Set<String> seeds(Graph graph, Set<String> consumed) {
                                Set<String> seeds = new HashSet<>();
                                graph.nodes().stream().filter(node -> !node.op().isLeaf())
                                        .filter(node -> !consumed.contains(node.name()))
                                        .forEach(node -> seeds.add(node.name()));
                                seeds.add(graph.output());
                                return seeds;
                            }
                        }),
                new GraphModel("output-input-not-seeded", "GBP-GRADTABLE", "grad_table[z] = 1 not set when the "
                        + "output z is itself an input node, whose gradient comes back 0",
                        graph -> graph.inputNodes().stream().anyMatch(n -> n.name().equals(graph.output())),
                        () -> new PlainGraphBackprop() {
                            @Override
                            protected double inputGradient(Graph graph, GraphNode input,
                                    Map<String, Double> adjoints) {
                                return input.name().equals(graph.output()) ? 0
                                        : super.inputGradient(graph, input, adjoints);
                            }
                        })));
        return List.copyOf(models);
    }

    /** A model that changes the partial of {@code op} at argument {@code position} ({@value #EVERY}: at each). */
    private static GraphModel partial(String name, GraphOp op, int position, String cause, Partial wrong) {
        return new GraphModel(name, "GBP-OP-" + op.name(), cause,
                graph -> graph.nodes().stream().anyMatch(node -> node.op() == op), () -> new PlainGraphBackprop() {
                    @Override
                    protected double partial(GraphOp at, int argument, double a, double b) {
                        return at == op && (position == EVERY || position == argument) ? wrong.of(argument, a, b)
                                : super.partial(at, argument, a, b);
                    }
                });
    }

    private static boolean hasFanOut(Graph graph) {
        Set<String> consumed = new HashSet<>();
        for (GraphNode node : graph.nodes()) {
            for (String input : new HashSet<>(node.inputs())) {
                if (!consumed.add(input)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasRepeatedInput(Graph graph) {
        return graph.nodes().stream().anyMatch(node -> node.inputs().size() == 2
                && node.inputs().get(0).equals(node.inputs().get(1)));
    }
}
