package dev.bprop.reference.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
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
     * Clause GBP-BUILDGRAD: the gradient of z with respect to v, the sum over the consumers c of v in G' of
     * {@code op.bprop(get_inputs(c), v, d)}, where d is the gradient of c. The inputs are those in G, not only
     * those in G' (as in Goodfellow et al., algorithm 6.6): the bprop of a product needs its other factor even when
     * that is a constant outside G'.
     *
     * <p>This is the slides' recursion with its call stack held in a list instead of on the Java stack, so that a
     * chain of 10⁵ nodes does not overflow it: each {@link Call} is one {@code build_grad(v)} in progress, and
     * {@code d = build_grad(c)} for a c not yet in {@code grad_table} pushes a call for c and comes back to the same
     * consumer when it is done. The table therefore fills in exactly the recursion's order (clause EX-ADJOINT:
     * w̄₅, w̄₃, w̄₄, w̄₁, w̄₂ for sin x₁ + x₁x₂).
     */
    private T buildGrad(Node v) {
        Deque<Call> calls = new ArrayDeque<>();
        calls.push(new Call(v));
        while (!calls.isEmpty()) {
            Call call = calls.peek();
            if (gradTable.containsKey(call.v)) {
                calls.pop();
            } else if (call.next == call.consumers.size()) {
                gradTable.put(call.v, on.sum(call.g, call.v.shape()));
                calls.pop();
            } else {
                Node c = call.consumers.get(call.next);
                T d = gradTable.get(c);
                if (d == null) {
                    calls.push(new Call(c));
                } else {
                    call.g.add(graph.getOperation(c).bprop(Inputs.of(graph, c, on), call.v, d));
                    call.next++;
                }
            }
        }
        return gradTable.get(v);
    }

    /** One call {@code build_grad(v)} in progress: v's consumers in G', the next one to visit, the terms so far. */
    private final class Call {
        final Node v;
        final List<Node> consumers;
        final List<T> g = new ArrayList<>();
        int next;

        Call(Node v) {
            this.v = v;
            this.consumers = graph.getConsumers(v, subgraph);
        }
    }
}
