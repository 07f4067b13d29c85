package dev.bprop.spec.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.json.BpropJson.Kind;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * One input document, read exactly once and parsed (clause FMT-ERRORS: E-READ, E-SIZE, E-JSON), whose kind is
 * told from its fields, never by opening the file again: a named pipe or {@code /dev/stdin} can be read only once.
 */
public final class Document {
    private final String name;
    private final JsonNode root;

    private Document(String name, JsonNode root) {
        this.name = name;
        this.root = root;
    }

    /** Reads {@code file} once, at most {@value InputFile#MAX_BYTES} bytes; errors name the file as given. */
    public static Document read(Path file) {
        return new Document(file.toString(), JsonTree.read(file));
    }

    /** Parses {@code json}; {@code name} names the document where the whole of it is at fault. */
    public static Document parse(String json, String name) {
        return new Document(name, JsonTree.parse(json, name));
    }

    /** The file name as given on the command line, or the name the document was parsed under. */
    public String name() {
        return name;
    }

    /** Which kind of document this is: a problem has {@code layers}, a graph {@code nodes}. */
    public Kind kind() {
        return BpropJson.kindOf(root, name);
    }

    /** The problem (clause FMT-PROBLEM), checked under FMT-ERRORS. */
    public Problem problem() {
        return ProblemReader.read(root);
    }

    /** The expression graph (clause FMT-GRAPH), checked under FMT-ERRORS. */
    public Graph graph() {
        return GraphReader.read(root);
    }

    /**
     * This document as a result file answering {@code problem} (FMT-RESULT). Its places are prefixed with the
     * document's name, {@code result.json: gradients[0].bias}, since it is not the file the command is about.
     */
    public Result result(Problem problem) {
        return named(() -> ResultReader.read(root, problem));
    }

    /** This document as a graph result answering {@code graph} (FMT-GRAPH-RESULT), places prefixed as above. */
    public GraphResult graphResult(Graph graph) {
        return named(() -> ResultReader.read(root, graph));
    }

    private <T> T named(Supplier<T> reader) {
        try {
            return reader.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(name + ": " + e.place(), e.detail());
        }
    }
}
