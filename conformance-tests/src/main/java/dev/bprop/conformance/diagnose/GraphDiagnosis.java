package dev.bprop.conformance.diagnose;

import dev.bprop.oracle.compare.GraphComparison;
import dev.bprop.oracle.compare.Places;
import dev.bprop.oracle.objective.Place;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads the pattern of a failed graph comparison: a wrong value (GBP-OPS), a constant factor on the whole gradient,
 * mismatches only at inputs whose path to the output passes a node with several consumers (GBP-BUILDGRAD: their
 * contributions are summed, not overwritten) or a consumer that takes the same node twice (GBP-BPROP: summed over
 * positions), and otherwise the operations on the mismatching inputs' paths (GBP-OPS).
 */
public final class GraphDiagnosis {
    private GraphDiagnosis() {
    }

    public static List<String> of(Graph graph, GraphComparison comparison) {
        List<String> findings = new ArrayList<>();
        if (!comparison.shapeErrors().isEmpty()) {
            comparison.shapeErrors().forEach(error -> findings.add("FMT-GRAPH-RESULT: " + error));
            return findings;
        }
        List<ElementComparison> mismatches = comparison.mismatches();
        if (mismatches.stream().anyMatch(m -> Places.in(m, Place.VALUE))) {
            findings.add("the value f differs: the forward evaluation of an operation (GBP-OPS; used here: "
                    + operations(graph, new HashSet<>(graph.nodes())) + ")");
        }
        List<ElementComparison> gradient = comparison.elements().stream()
                .filter(e -> Places.in(e, Place.GRADIENT)).toList();
        List<String> wrong = mismatches.stream().filter(m -> Places.in(m, Place.GRADIENT))
                .map(m -> m.place().index()).toList();
        if (wrong.isEmpty()) {
            return findings;
        }
        OptionalDouble ratio = CommonRatio.of(gradient);
        if (ratio.isPresent() && CommonRatio.is(ratio.getAsDouble(), -1)) {
            findings.add("sign flipped: found = −expected for every input's gradient");
            return findings;
        }
        if (ratio.isPresent()) {
            findings.add(String.format(Locale.ROOT, "every gradient is %.6g × expected: grad_table[z] must start at "
                    + "1 (GBP-GRADTABLE)", ratio.getAsDouble()));
            return findings;
        }
        Paths paths = new Paths(graph);
        if (wrong.stream().allMatch(paths::throughRepeatedInput)) {
            findings.add("the mismatches are all at inputs whose path to the output passes a consumer that takes "
                    + "the same node twice: bprop sums over every position the node holds (GBP-BPROP)");
        } else if (wrong.stream().allMatch(paths::throughSharedNode)) {
            findings.add("the mismatches are all at inputs whose path to the output passes a node with several "
                    + "consumers: its gradient is the sum over its consumers, each contribution accumulated, not "
                    + "overwritten (GBP-BUILDGRAD rule 1)");
        } else {
            Set<GraphNode> onPaths = new HashSet<>();
            wrong.forEach(input -> onPaths.addAll(paths.onPath(input)));
            findings.add("the gradients of " + wrong + " differ: check the partial derivatives of the operations on "
                    + "their paths to the output (GBP-OPS: " + operations(graph, onPaths) + ")");
        }
        return findings;
    }

    private static String operations(Graph graph, Set<GraphNode> nodes) {
        return String.join(", ", graph.nodes().stream().filter(nodes::contains).filter(n -> !n.op().isLeaf())
                .map(n -> n.op().fileName()).distinct().toList());
    }

    /** The nodes between each input and the output (G′ restricted to one input), with consumer counts. */
    private static final class Paths {
        private final Graph graph;
        private final Map<String, GraphNode> byName = new HashMap<>();
        private final Set<String> ancestorsOfOutput = new HashSet<>();

        Paths(Graph graph) {
            this.graph = graph;
            graph.nodes().forEach(node -> byName.put(node.name(), node));
            ancestorsOfOutput.add(graph.output());
            for (int n = graph.nodes().size() - 1; n >= 0; n--) {
                GraphNode node = graph.nodes().get(n);
                if (ancestorsOfOutput.contains(node.name())) {
                    ancestorsOfOutput.addAll(node.inputs());
                }
            }
        }

        /** The nodes of G′ for the single target {@code input}: descendants of it that the output depends on. */
        Set<GraphNode> onPath(String input) {
            Set<String> descendants = new HashSet<>(Set.of(input));
            for (GraphNode node : graph.nodes()) {
                if (node.inputs().stream().anyMatch(descendants::contains)) {
                    descendants.add(node.name());
                }
            }
            descendants.retainAll(ancestorsOfOutput);
            Set<GraphNode> nodes = new HashSet<>();
            descendants.forEach(name -> nodes.add(byName.get(name)));
            return nodes;
        }

        boolean throughSharedNode(String input) {
            Set<GraphNode> path = onPath(input);
            return path.stream().anyMatch(node -> path.stream().filter(c -> c.inputs().contains(node.name()))
                    .count() > 1);
        }

        boolean throughRepeatedInput(String input) {
            return onPath(input).stream().anyMatch(node -> node.inputs().size() == 2
                    && node.inputs().get(0).equals(node.inputs().get(1)));
        }
    }
}
