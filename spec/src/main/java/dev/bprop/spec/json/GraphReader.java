package dev.bprop.spec.json;

import static dev.bprop.spec.json.Fields.at;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Reads an expression graph file (clause FMT-GRAPH) and checks every rule of clause FMT-ERRORS that concerns it,
 * in document order.
 */
final class GraphReader {
    private GraphReader() {
    }

    static Graph read(JsonNode root) {
        Fields.object(root, "");
        String id = root.has("id") ? Fields.string(root.get("id"), "id") : null;
        JsonNode nodesNode = Fields.nonEmptyArray(Fields.required(root, "nodes", ""), "nodes");
        Map<String, Integer> firstIndexOfName = namesAsWritten(nodesNode);
        Map<String, Integer> defined = new HashMap<>();
        List<GraphNode> nodes = new ArrayList<>();
        for (int index = 0; index < nodesNode.size(); index++) {
            GraphNode node = node(nodesNode, index, defined, firstIndexOfName);
            defined.put(node.name(), index);
            nodes.add(node);
        }
        String output = Fields.string(Fields.required(root, "output", ""), "output");
        if (!defined.containsKey(output)) {
            throw new InvalidInputException("output", "no node is named \"" + output + "\"");
        }
        return new Graph(id, nodes, output);
    }

    private static GraphNode node(JsonNode nodesNode, int index, Map<String, Integer> defined,
            Map<String, Integer> firstIndexOfName) {
        String place = at("nodes", index);
        JsonNode node = Fields.object(nodesNode.get(index), place);
        String name = Fields.string(Fields.required(node, "name", place), at(place, "name"));
        if (name.isEmpty()) {
            throw new InvalidInputException(at(place, "name"), "is empty");
        }
        if (defined.containsKey(name)) {
            throw new InvalidInputException(at(place, "name"),
                    "\"" + name + "\" is already the name of nodes[" + defined.get(name) + "]");
        }
        String opName = Fields.string(Fields.required(node, "op", place), at(place, "op"));
        GraphOp op = GraphOp.fromFileName(opName).orElseThrow(() -> new InvalidInputException(at(place, "op"),
                "unknown operation \"" + opName + "\", expected one of "
                        + Arrays.stream(GraphOp.values()).map(GraphOp::fileName).collect(Collectors.joining(", "))));
        if (op.isLeaf()) {
            if (node.has("inputs")) {
                throw new InvalidInputException(at(place, "inputs"), opName + " nodes have no inputs, not even an empty "
                        + "list (FMT-GRAPH: inputs only on operation nodes)");
            }
            double value = Fields.number(Fields.required(node, "value", place), at(place, "value"));
            return GraphNode.leaf(name, op, value);
        }
        if (node.has("value")) {
            throw new InvalidInputException(at(place, "value"),
                    "only input and const nodes carry a value, this is a " + opName + " node");
        }
        JsonNode inputsNode = Fields.array(Fields.required(node, "inputs", place), at(place, "inputs"));
        if (inputsNode.size() != op.arity()) {
            throw new InvalidInputException(at(place, "inputs"), opName + " takes " + op.arity()
                    + (op.arity() == 1 ? " input" : " inputs") + ", found " + inputsNode.size());
        }
        List<String> inputs = new ArrayList<>();
        for (int k = 0; k < inputsNode.size(); k++) {
            String inputPlace = at(at(place, "inputs"), k);
            String input = Fields.string(inputsNode.get(k), inputPlace);
            if (!defined.containsKey(input)) {
                throw undefinedInput(nodesNode, index, name, input, inputPlace, firstIndexOfName);
            }
            inputs.add(input);
        }
        return new GraphNode(name, op, inputs, OptionalDouble.empty());
    }

    private static InvalidInputException undefinedInput(JsonNode nodesNode, int index, String name, String input,
            String inputPlace, Map<String, Integer> firstIndexOfName) {
        Integer later = firstIndexOfName.get(input);
        if (later == null) {
            return new InvalidInputException(inputPlace, "no node is named \"" + input + "\"");
        }
        List<String> cycle = pathBack(nodesNode, later, name, firstIndexOfName);
        if (!cycle.isEmpty()) {
            return new InvalidInputException(inputPlace, "\"" + input + "\" closes a cycle: " + name + " → "
                    + String.join(" → ", cycle));
        }
        return new InvalidInputException(inputPlace,
                "\"" + input + "\" is used before it is defined (at nodes[" + later + "])");
    }

    /** A path of names from the node at {@code start} through inputs to {@code target}, or empty if none. */
    private static List<String> pathBack(JsonNode nodesNode, int start, String target,
            Map<String, Integer> firstIndexOfName) {
        Map<String, String> reachedFrom = new HashMap<>();
        String startName = nodesNode.get(start).path("name").asText();
        Deque<String> queue = new ArrayDeque<>(List.of(startName));
        reachedFrom.put(startName, null);
        while (!queue.isEmpty()) {
            String current = queue.removeFirst();
            if (current.equals(target)) {
                List<String> path = new ArrayList<>();
                for (String step = current; step != null; step = reachedFrom.get(step)) {
                    path.add(0, step);
                }
                return path;
            }
            for (String next : inputNames(nodesNode.get(firstIndexOfName.get(current)))) {
                if (firstIndexOfName.containsKey(next) && !reachedFrom.containsKey(next)) {
                    reachedFrom.put(next, current);
                    queue.addLast(next);
                }
            }
        }
        return List.of();
    }

    /* Lenient on purpose: the node is checked when its own turn comes; here it only explains an error. */
    private static List<String> inputNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.path("inputs").forEach(input -> names.add(input.asText()));
        return names;
    }

    /** The index of the first node with each name as written; used to explain errors. */
    private static Map<String, Integer> namesAsWritten(JsonNode nodesNode) {
        Map<String, Integer> names = new HashMap<>();
        for (int index = 0; index < nodesNode.size(); index++) {
            names.putIfAbsent(nodesNode.get(index).path("name").asText(), index);
        }
        return names;
    }
}
