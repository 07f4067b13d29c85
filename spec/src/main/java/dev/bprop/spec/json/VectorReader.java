package dev.bprop.spec.json;

import static dev.bprop.spec.json.Fields.at;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads test vector files (clause FMT-VECTOR) and their index. */
final class VectorReader {
    private static final Pattern RATIONAL = Pattern.compile("-?[0-9]+(/[0-9]*[1-9][0-9]*)?");

    private VectorReader() {
    }

    static List<String> index(JsonNode root) {
        Fields.object(root, "");
        JsonNode files = Fields.array(Fields.required(root, "vectors", ""), "vectors");
        List<String> names = new ArrayList<>();
        for (int index = 0; index < files.size(); index++) {
            names.add(Fields.string(files.get(index), at("vectors", index)));
        }
        return names;
    }

    static TestVector read(JsonNode root) {
        Fields.object(root, "");
        String id = Fields.string(Fields.required(root, "id", ""), "id");
        String title = Fields.string(Fields.required(root, "title", ""), "title");
        List<String> clauses = new ArrayList<>();
        JsonNode clausesNode = Fields.nonEmptyArray(Fields.required(root, "clauses", ""), "clauses");
        for (int index = 0; index < clausesNode.size(); index++) {
            clauses.add(Fields.string(clausesNode.get(index), at("clauses", index)));
        }
        String source = Fields.string(Fields.required(root, "source", ""), "source");
        JsonNode toleranceNode = Fields.object(Fields.required(root, "tolerance", ""), "tolerance");
        Tolerance tolerance = new Tolerance(
                Fields.number(Fields.required(toleranceNode, "absolute", "tolerance"), "tolerance.absolute"),
                Fields.number(Fields.required(toleranceNode, "relative", "tolerance"), "tolerance.relative"));
        boolean kinks = root.path("kinks").asBoolean(false);
        String notes = root.has("notes") ? Fields.string(root.get("notes"), "notes") : "";
        JsonNode expected = Fields.required(root, "expected", "");
        if (root.has("problem")) {
            Problem problem = within("problem", () -> ProblemReader.read(root.get("problem")));
            var result = within("expected", () -> ResultReader.read(expected, problem));
            return new TestVector(id, title, clauses, source, tolerance, kinks, notes, Optional.of(problem),
                    Optional.of(result), Optional.empty(), Optional.empty(), exactValues(root, expected));
        }
        if (!root.has("graph")) {
            throw new InvalidInputException("problem", "missing, a vector holds a problem or a graph");
        }
        Graph graph = within("graph", () -> GraphReader.read(root.get("graph")));
        var result = within("expected", () -> ResultReader.read(expected, graph));
        return new TestVector(id, title, clauses, source, tolerance, kinks, notes, Optional.empty(), Optional.empty(),
                Optional.of(graph), Optional.of(result), exactValues(root, expected));
    }

    /** The exact values by place, if given: every number of {@code expected} must have one, and nothing else. */
    private static Map<String, String> exactValues(JsonNode root, JsonNode expected) {
        JsonNode exactNode = root.get("expected_exact");
        if (exactNode == null) {
            return Map.of();
        }
        Map<String, String> exact = new TreeMap<>();
        Map<String, JsonNode> expectedLeaves = new TreeMap<>();
        leaves(exactNode, "", exact, null);
        leaves(expected, "", null, expectedLeaves);
        for (var entry : exact.entrySet()) {
            String place = at("expected_exact", entry.getKey());
            if (!RATIONAL.matcher(entry.getValue()).matches()) {
                throw new InvalidInputException(place, "\"" + entry.getValue() + "\" is not a rational p/q");
            }
            if (!expectedLeaves.containsKey(entry.getKey())) {
                throw new InvalidInputException(place, "has no counterpart in expected");
            }
        }
        for (String place : expectedLeaves.keySet()) {
            if (!exact.containsKey(place)) {
                throw new InvalidInputException(at("expected_exact", place), "missing");
            }
        }
        return exact;
    }

    private static void leaves(JsonNode node, String place, Map<String, String> strings, Map<String, JsonNode> all) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> leaves(field.getValue(), at(place, field.getKey()), strings, all));
        } else if (node.isArray()) {
            for (int index = 0; index < node.size(); index++) {
                leaves(node.get(index), at(place, index), strings, all);
            }
        } else if (strings != null) {
            strings.put(place, Fields.string(node, at("expected_exact", place)));
        } else {
            all.put(place, node);
        }
    }

    /** Runs a reader on a part of the vector, prefixing the places it reports with the part's name. */
    private static <T> T within(String part, java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (InvalidInputException e) {
            String place = e.place().equals("document") ? part : part + "." + e.place();
            throw new InvalidInputException(place, e.detail());
        }
    }
}
