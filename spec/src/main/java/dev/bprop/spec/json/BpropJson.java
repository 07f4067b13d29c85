package dev.bprop.spec.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import dev.bprop.spec.vectors.TestVector;
import java.nio.file.Path;
import java.util.List;

/**
 * Reading and writing the file formats of clauses FMT-PROBLEM, FMT-RESULT, FMT-GRAPH and FMT-GRAPH-RESULT. Every reader validates: a broken file raises {@link InvalidInputException} with a message
 * that names the place (clause FMT-ERRORS); a reader never returns a half-checked model.
 */
public final class BpropJson {
    private BpropJson() {
    }

    /** The kind of document a file holds, told apart by its top-level fields. */
    public enum Kind {
        /** A problem file: it has {@code layers}. */
        PROBLEM,
        /** An expression graph file: it has {@code nodes}. */
        GRAPH
    }

    /** Reads {@code file} once ({@link Document#read}) as a problem file. */
    public static Problem readProblem(Path file) {
        return Document.read(file).problem();
    }

    public static Problem parseProblem(String json) {
        return ProblemReader.read(JsonTree.parse(json, "document"));
    }

    /** Reads {@code file} once ({@link Document#read}) as a graph file. */
    public static Graph readGraph(Path file) {
        return Document.read(file).graph();
    }

    public static Graph parseGraph(String json) {
        return GraphReader.read(JsonTree.parse(json, "document"));
    }

    /** Which kind of document {@code file} holds; it is not validated beyond that. */
    public static Kind kindOf(Path file) {
        return Document.read(file).kind();
    }

    static Kind kindOf(JsonNode root, String sourceName) {
        Fields.object(root, "");
        if (root.has("layers")) {
            return Kind.PROBLEM;
        }
        if (root.has("nodes")) {
            return Kind.GRAPH;
        }
        throw new InvalidInputException(sourceName,
                "is neither a problem file (no \"layers\") nor a graph file (no \"nodes\")");
    }

    /** Reads a result file answering {@code problem}, checking its shapes against the problem. */
    public static Result parseResult(String json, Problem problem) {
        return ResultReader.read(JsonTree.parse(json, "document"), problem);
    }

    /** Reads a graph result answering {@code graph}: one gradient entry for every input node, no others. */
    public static GraphResult parseGraphResult(String json, Graph graph) {
        return ResultReader.read(JsonTree.parse(json, "document"), graph);
    }

    public static String write(Result result) {
        return JsonWriter.write(JsonWriter.tree(result));
    }

    /** The loss and outputs of a forward pass alone: a result file without {@code gradients} (FMT-RESULT). */
    public static String writeForward(double loss, double[][] outputs) {
        return JsonWriter.write(JsonWriter.forwardTree(loss, outputs));
    }

    public static String write(Problem problem) {
        return JsonWriter.write(JsonWriter.tree(problem));
    }

    public static String write(Graph graph) {
        return JsonWriter.write(JsonWriter.tree(graph));
    }

    public static String write(GraphResult result) {
        return JsonWriter.write(JsonWriter.tree(result));
    }

    /** Reads a test vector file (clause FMT-VECTOR); {@code sourceName} names the file in messages. */
    public static TestVector parseVector(String json, String sourceName) {
        try {
            return VectorReader.read(JsonTree.parse(json, sourceName));
        } catch (InvalidInputException e) {
            if (e.place().equals(sourceName)) {
                throw e;
            }
            throw new InvalidInputException(sourceName + ": " + e.place(), e.detail());
        }
    }

    /** Reads the index of the test vectors: the file names it lists, in order. */
    public static List<String> parseVectorIndex(String json, String sourceName) {
        return VectorReader.index(JsonTree.parse(json, sourceName));
    }
}
