package dev.bprop.conformance.internal.shrink;

import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.json.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * The smallest failing graph: shrinks greedily while the graph still fails the same way, by bypassing an operation
 * (its consumers read one of its arguments instead), removing a node nobody reads, turning an input into a
 * constant of the same value (fewer inputs), and rounding the leaves' values to fewer digits. A candidate is kept
 * only if it is a valid graph (FMT-GRAPH) and the test holds; at most {@value #BUDGET} candidates are tried.
 */
public final class GraphShrinker {
    static final int BUDGET = 300;

    private GraphShrinker() {
    }

    /** The shrunk graph with the number of steps taken. */
    public record Shrunk(Graph graph, int steps) {
    }

    public static Shrunk shrink(Graph failing, Predicate<Graph> fails) {
        return shrink(failing, fails, BUDGET);
    }

    /** As {@link #shrink(Graph, Predicate)}, trying at most {@code budget} candidates. */
    static Shrunk shrink(Graph failing, Predicate<Graph> fails, int budget) {
        Graph current = failing;
        int steps = 0;
        int tried = 0;
        boolean progress = true;
        while (progress && tried < budget) {
            progress = false;
            for (Graph candidate : candidates(current)) {
                if (tried >= budget) {
                    break;
                }
                if (valid(candidate)) {
                    tried++;
                    if (fails.test(candidate)) {
                        current = candidate;
                        steps++;
                        progress = true;
                        break;
                    }
                }
            }
        }
        return new Shrunk(current, steps);
    }

    private static boolean valid(Graph candidate) {
        try {
            BpropJson.parseGraph(BpropJson.write(candidate));
            return true;
        } catch (InvalidInputException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Fewer nodes first, then fewer inputs, then simpler numbers. */
    static List<Graph> candidates(Graph graph) {
        List<Graph> candidates = new ArrayList<>();
        List<GraphNode> nodes = graph.nodes();
        for (GraphNode node : nodes) {
            if (!node.op().isLeaf()) {
                for (String argument : node.inputs().stream().distinct().toList()) {
                    candidates.add(bypassed(graph, node, argument));
                }
            }
        }
        for (GraphNode node : nodes) {
            boolean read = nodes.stream().anyMatch(n -> n.inputs().contains(node.name()));
            if (!read && !node.name().equals(graph.output())) {
                candidates.add(new Graph(graph.id(), nodes.stream().filter(n -> n != node).toList(), graph.output()));
            }
        }
        for (GraphNode node : nodes) {
            if (node.op() == GraphOp.INPUT && graph.inputNodes().size() > 1) {
                candidates.add(replaced(graph, node, GraphNode.leaf(node.name(), GraphOp.CONST,
                        node.value().getAsDouble())));
            }
        }
        for (int digits = 0; digits <= 3; digits++) {
            candidates.add(rounded(graph, digits));
        }
        candidates.removeIf(graph::equals);
        return candidates;
    }

    /** {@code node} removed and every reference to it, the output included, pointed at {@code argument}. */
    static Graph bypassed(Graph graph, GraphNode node, String argument) {
        List<GraphNode> nodes = new ArrayList<>();
        for (GraphNode n : graph.nodes()) {
            if (n != node) {
                List<String> inputs = n.inputs().stream().map(i -> i.equals(node.name()) ? argument : i).toList();
                nodes.add(new GraphNode(n.name(), n.op(), inputs, n.value()));
            }
        }
        return new Graph(graph.id(), nodes, graph.output().equals(node.name()) ? argument : graph.output());
    }

    private static Graph replaced(Graph graph, GraphNode node, GraphNode replacement) {
        return new Graph(graph.id(), graph.nodes().stream().map(n -> n == node ? replacement : n).toList(),
                graph.output());
    }

    private static Graph rounded(Graph graph, int digits) {
        return new Graph(graph.id(), graph.nodes().stream().map(n -> n.value().isPresent()
                ? new GraphNode(n.name(), n.op(), n.inputs(), OptionalDouble.of(new BigDecimal(n.value()
                        .getAsDouble()).setScale(digits, RoundingMode.HALF_EVEN).doubleValue()))
                : n).toList(), graph.output());
    }
}
