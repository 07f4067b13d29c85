package dev.bprop.reference.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * General backpropagation (clauses GBP-SUBGRAPH, GBP-GRADTABLE, GBP-BUILDGRAD), as the slides give it:
 *
 * <pre>
 * G' = the nodes that are ancestors of z and descendants of the targets T
 * grad_table[z] = 1
 * for v in T:
 *     build_grad(v, G, G', grad_table)
 * return [grad_table[v] for v in T]
 *
 * def build_grad(v, G, G', grad_table):
 *     if v in grad_table: return grad_table[v]
 *     i = 1
 *     for c in get_consumers(v, G'):
 *         op = get_operation(c)
 *         d = build_grad(c, G, G', grad_table)
 *         g[i] = op.bprop(get_inputs(c, G'), v, d)
 *         i += 1
 *     g = sum(g)
 *     grad_table[v] = g
 *     return g
 * </pre>
 *
 * <p>Every gradient is computed once and kept in {@code grad_table}, and every edge of G' is crossed once by a
 * {@code bprop}, so the cost is a small constant times the cost of evaluating the graph (clause COST-TIME).
 * Numbers or symbols are chosen by the {@link Algebra} (clause GBP-S2S).
 */
public final class GeneralBackpropagation<T> {
    private final ComputationalGraph graph;
    private final Set<Node> subgraph;
    private final Algebra<T> on;
    private final Map<Node, T> gradTable = new LinkedHashMap<>();

    private GeneralBackpropagation(ComputationalGraph graph, Node z, List<Node> targets, Algebra<T> on) {
        this.graph = graph;
        this.subgraph = subgraph(graph, z, targets);
        this.on = on;
    }

    /**
     * The gradients of {@code z} with respect to each of the {@code targets}, in their order, in the shapes of the
     * targets (0 for a target z does not depend on). {@code z} is usually a scalar; otherwise this is the
     * gradient of the sum of its entries.
     */
    public static <T> List<T> gradients(ComputationalGraph graph, Node z, List<Node> targets, Algebra<T> on) {
        Map<Node, T> gradTable = gradTable(graph, z, targets, on);
        List<T> gradients = new ArrayList<>();
        for (Node v : targets) {
            gradients.add(gradTable.get(v));
        }
        return gradients;
    }

    /**
     * The whole {@code grad_table} (clause GBP-GRADTABLE): the adjoint ∂z/∂v of every node v of G' and of every
     * target, in the order the algorithm fills it, z first.
     */
    public static <T> Map<Node, T> gradTable(ComputationalGraph graph, Node z, List<Node> targets, Algebra<T> on) {
        GeneralBackpropagation<T> run = new GeneralBackpropagation<>(graph, z, targets, on);
        run.gradTable.put(z, on.filled(z.shape(), 1));
        run.fillFromTheOutputBackwards();
        for (Node v : targets) {
            run.buildGrad(v);
        }
        return Collections.unmodifiableMap(run.gradTable);
    }

    /**
     * Clause GBP-SUBGRAPH: G', the nodes that are ancestors of z and descendants of a target. The graph lists
     * inputs before consumers, so one pass forwards finds the descendants and one pass backwards the ancestors.
     */
    static Set<Node> subgraph(ComputationalGraph graph, Node z, List<Node> targets) {
        List<Node> nodes = graph.nodes();
        Set<Node> descendants = new HashSet<>(targets);
        for (Node node : nodes) {
            if (graph.getInputs(node).stream().anyMatch(descendants::contains)) {
                descendants.add(node);
            }
        }
        Set<Node> subgraph = new HashSet<>();
        Set<Node> ancestors = new HashSet<>(List.of(z));
        for (int index = z.index(); index >= 0; index--) {
            Node node = nodes.get(index);
            if (ancestors.contains(node)) {
                ancestors.addAll(graph.getInputs(node));
                if (descendants.contains(node)) {
                    subgraph.add(node);
                }
            }
        }
        return subgraph;
    }

    /**
     * Calls {@code build_grad} on the nodes of G' from z backwards before the targets' own calls. Each call then
     * finds the gradients of its consumers already in {@code grad_table}, so the recursion stays one level deep
     * instead of as deep as the longest path in G' (10⁵ nodes in a chain would overflow the stack), and the table
     * fills in the order of the slides' adjoint table; the gradients are the same.
     */
    private void fillFromTheOutputBackwards() {
        List<Node> nodes = graph.nodes();
        for (int index = nodes.size() - 1; index >= 0; index--) {
            if (subgraph.contains(nodes.get(index))) {
                buildGrad(nodes.get(index));
            }
        }
    }

    /**
     * Clause GBP-BUILDGRAD: the gradient of z with respect to v, the sum over the consumers c of v in G' of
     * {@code op.bprop(get_inputs(c), v, d)}, where d is the gradient of c. The inputs are those in G, not only
     * those in G' (as in Goodfellow et al., algorithm 6.6): the bprop of a product needs its other factor even when
     * that is a constant outside G'.
     */
    private T buildGrad(Node v) {
        if (gradTable.containsKey(v)) {
            return gradTable.get(v);
        }
        List<T> g = new ArrayList<>();
        for (Node c : graph.getConsumers(v, subgraph)) {
            Operation op = graph.getOperation(c);
            T d = buildGrad(c);
            g.add(op.bprop(inputs(c), v, d));
        }
        T sum = on.sum(g, v.shape());
        gradTable.put(v, sum);
        return sum;
    }

    private Inputs<T> inputs(Node c) {
        List<Node> nodes = graph.getInputs(c);
        return new Inputs<>(nodes, nodes.stream().map(on::term).toList(), on.term(c), on);
    }
}
