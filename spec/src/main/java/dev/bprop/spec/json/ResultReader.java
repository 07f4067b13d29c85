package dev.bprop.spec.json;

import static dev.bprop.spec.json.Fields.at;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.LayerIndex;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads result files (clauses FMT-RESULT and FMT-GRAPH-RESULT), checking that their shapes fit the problem or
 * graph they answer.
 */
final class ResultReader {
    private ResultReader() {
    }

    static Result read(JsonNode root, Problem problem) {
        Fields.object(root, "");
        double loss = Fields.number(Fields.required(root, "loss", ""), "loss");
        JsonNode outputsNode = Fields.array(Fields.required(root, "outputs", ""), "outputs");
        int outputWidth = problem.width(problem.depth());
        if (outputsNode.size() != problem.batchSize()) {
            throw new InvalidInputException("outputs", "expected " + problem.batchSize()
                    + " rows (one per example), found " + outputsNode.size());
        }
        double[][] outputs = new double[problem.batchSize()][];
        for (int e = 0; e < outputs.length; e++) {
            outputs[e] = Fields.numbers(outputsNode.get(e), at("outputs", e), outputWidth,
                    "one per unit of the last layer");
        }
        JsonNode gradientsNode = Fields.array(Fields.required(root, "gradients", ""), "gradients");
        if (gradientsNode.size() != problem.depth()) {
            throw new InvalidInputException("gradients", "expected " + problem.depth()
                    + " entries (one per layer), found " + gradientsNode.size());
        }
        List<LayerGradient> gradients = new ArrayList<>();
        for (int l = 1; l <= problem.depth(); l++) {
            gradients.add(layerGradient(gradientsNode.get(LayerIndex.arrayIndex(l)), LayerIndex.gradientPlace(l),
                    problem.layer(l)));
        }
        return new Result(loss, outputs, gradients);
    }

    private static LayerGradient layerGradient(JsonNode node, String place, Layer layer) {
        Fields.object(node, place);
        String weightsPlace = at(place, "weights");
        JsonNode weightsNode = Fields.array(Fields.required(node, "weights", place), weightsPlace);
        if (weightsNode.size() != layer.outputs()) {
            throw new InvalidInputException(weightsPlace, "expected " + layer.outputs()
                    + " rows (one per unit of the layer), found " + weightsNode.size());
        }
        double[][] weights = new double[layer.outputs()][];
        for (int j = 0; j < weights.length; j++) {
            weights[j] = Fields.numbers(weightsNode.get(j), at(weightsPlace, j), layer.inputs(),
                    "one per unit of the layer below");
        }
        double[] bias = Fields.numbers(Fields.required(node, "bias", place), at(place, "bias"), layer.outputs(),
                "one per unit of the layer");
        return new LayerGradient(weights, bias);
    }

    static GraphResult read(JsonNode root, Graph graph) {
        Fields.object(root, "");
        double value = Fields.number(Fields.required(root, "value", ""), "value");
        JsonNode gradientNode = Fields.object(Fields.required(root, "gradient", ""), "gradient");
        Map<String, Double> gradient = new LinkedHashMap<>();
        for (GraphNode input : graph.inputNodes()) {
            String place = at("gradient", input.name());
            gradient.put(input.name(), Fields.number(Fields.required(gradientNode, input.name(), "gradient"), place));
        }
        for (var names = gradientNode.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!gradient.containsKey(name)) {
                throw new InvalidInputException(at("gradient", name), "the graph has no input node of that name");
            }
        }
        return new GraphResult(value, gradient);
    }
}
