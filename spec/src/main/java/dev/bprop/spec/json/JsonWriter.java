package dev.bprop.spec.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.io.UncheckedIOException;

/**
 * Writes the file formats of clauses FMT-PROBLEM, FMT-RESULT, FMT-GRAPH and FMT-GRAPH-RESULT. Doubles are
 * written in shortest round-trip form (clause FMT-NUMBERS): Jackson's fast writer implements the Schubfach
 * algorithm, which JDK 17's {@code Double.toString} does not (it can write more digits than needed).
 */
final class JsonWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                    .build())
            .build();
    /* Arrays stay on one line, objects get one field a line: a matrix then reads as rows. */
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);

    private JsonWriter() {
    }

    static String write(ObjectNode root) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode forwardTree(double loss, double[][] outputs) {
        ObjectNode root = NODES.objectNode();
        root.put("loss", loss);
        root.set("outputs", matrix(outputs));
        return root;
    }

    static ObjectNode tree(Result result) {
        ObjectNode root = forwardTree(result.loss(), result.outputs());
        ArrayNode gradients = root.putArray("gradients");
        for (LayerGradient gradient : result.gradients()) {
            ObjectNode layer = gradients.addObject();
            layer.set("weights", matrix(gradient.weights()));
            layer.set("bias", vector(gradient.bias()));
        }
        return root;
    }

    static ObjectNode tree(Problem problem) {
        ObjectNode root = NODES.objectNode();
        problem.id().ifPresent(id -> root.put("id", id));
        ArrayNode layers = root.putArray("layers");
        for (Layer layer : problem.layers()) {
            ObjectNode node = layers.addObject();
            node.put("activation", layer.activation().fileName());
            node.set("weights", matrix(layer.weights()));
            node.set("bias", vector(layer.bias()));
        }
        root.put("loss", problem.loss().fileName());
        root.set("inputs", matrix(problem.inputs()));
        root.set("targets", matrix(problem.targets()));
        return root;
    }

    static ObjectNode tree(Graph graph) {
        ObjectNode root = NODES.objectNode();
        graph.optionalId().ifPresent(id -> root.put("id", id));
        ArrayNode nodes = root.putArray("nodes");
        for (GraphNode node : graph.nodes()) {
            ObjectNode written = nodes.addObject();
            written.put("name", node.name());
            written.put("op", node.op().fileName());
            if (node.op().isLeaf()) {
                written.put("value", node.value().orElseThrow());
            } else {
                ArrayNode inputs = written.putArray("inputs");
                node.inputs().forEach(inputs::add);
            }
        }
        root.put("output", graph.output());
        return root;
    }

    static ObjectNode tree(GraphResult result) {
        ObjectNode root = NODES.objectNode();
        root.put("value", result.value());
        ObjectNode gradient = root.putObject("gradient");
        result.gradient().forEach(gradient::put);
        return root;
    }

    private static ArrayNode matrix(double[][] rows) {
        ArrayNode matrix = NODES.arrayNode();
        for (double[] row : rows) {
            matrix.add(vector(row));
        }
        return matrix;
    }

    private static ArrayNode vector(double[] values) {
        ArrayNode vector = NODES.arrayNode();
        for (double value : values) {
            vector.add(value);
        }
        return vector;
    }
}
