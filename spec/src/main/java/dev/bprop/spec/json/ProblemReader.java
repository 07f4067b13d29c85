package dev.bprop.spec.json;

import static dev.bprop.spec.json.Fields.at;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerIndex;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a problem file (clause FMT-PROBLEM) and checks every rule of clause FMT-ERRORS that concerns it, in
 * document order, so that the first broken rule is the one reported.
 */
final class ProblemReader {
    /** How far a row of cross-entropy targets may sum from 1 (clause LOSS-CE). */
    static final double DISTRIBUTION_SUM_TOLERANCE = 1e-9;

    private ProblemReader() {
    }

    static Problem read(JsonNode root) {
        Fields.object(root, "");
        String id = root.has("id") ? Fields.string(root.get("id"), "id") : null;
        List<Layer> layers = layers(Fields.nonEmptyArray(Fields.required(root, "layers", ""), "layers"));
        Loss loss = loss(Fields.string(Fields.required(root, "loss", ""), "loss"), layers);
        int inputWidth = layers.get(0).inputs();
        int outputWidth = layers.get(layers.size() - 1).outputs();
        JsonNode inputsNode = Fields.array(Fields.required(root, "inputs", ""), "inputs");
        if (inputsNode.isEmpty()) {
            throw new InvalidInputException("inputs", "the batch is empty, expected at least one example");
        }
        double[][] inputs = rows(inputsNode, "inputs", inputWidth, "one per column of layers[0].weights");
        JsonNode targetsNode = Fields.array(Fields.required(root, "targets", ""), "targets");
        if (targetsNode.size() != inputs.length) {
            throw new InvalidInputException("targets",
                    "expected " + inputs.length + " rows (one per example in inputs), found " + targetsNode.size());
        }
        double[][] targets = rows(targetsNode, "targets", outputWidth, "one per unit of the last layer");
        checkTargets(loss, targets);
        return new Problem(id, layers, loss, inputs, targets);
    }

    private static List<Layer> layers(JsonNode layersNode) {
        List<Layer> layers = new ArrayList<>();
        for (int index = 0; index < layersNode.size(); index++) {
            String place = at("layers", index);
            JsonNode layerNode = Fields.object(layersNode.get(index), place);
            Activation activation = activation(layerNode, place, index == layersNode.size() - 1);
            JsonNode weightsNode = Fields.nonEmptyArray(Fields.required(layerNode, "weights", place), at(place, "weights"));
            double[][] weights = index == 0
                    ? firstLayerWeights(weightsNode, at(place, "weights"))
                    : rows(weightsNode, at(place, "weights"), layers.get(index - 1).outputs(),
                            "one per unit of the layer below");
            double[] bias = Fields.numbers(Fields.required(layerNode, "bias", place), at(place, "bias"),
                    weights.length, "one per row of weights");
            layers.add(new Layer(activation, weights, bias));
        }
        return layers;
    }

    private static Activation activation(JsonNode layerNode, String place, boolean last) {
        String activationPlace = at(place, "activation");
        String name = Fields.string(Fields.required(layerNode, "activation", place), activationPlace);
        Activation activation = Activation.fromFileName(name).orElseThrow(() -> new InvalidInputException(
                activationPlace, "unknown activation \"" + name + "\", expected one of "
                        + Arrays.stream(Activation.values()).map(Activation::fileName).collect(Collectors.joining(", "))));
        if (activation == Activation.SOFTMAX && !last) {
            throw new InvalidInputException(activationPlace, "softmax is allowed on the last layer only");
        }
        return activation;
    }

    /** W^1, whose first row sets n_0, the width of the input. */
    private static double[][] firstLayerWeights(JsonNode node, String place) {
        JsonNode firstRow = Fields.array(node.get(0), at(place, 0));
        if (firstRow.isEmpty()) {
            throw new InvalidInputException(at(place, 0), "is empty, expected at least one input");
        }
        return rows(node, place, firstRow.size(), "as many as in " + at(place, 0));
    }

    private static double[][] rows(JsonNode node, String place, int width, String widthMeaning) {
        double[][] rows = new double[node.size()][];
        for (int row = 0; row < rows.length; row++) {
            rows[row] = Fields.numbers(node.get(row), at(place, row), width, widthMeaning);
        }
        return rows;
    }

    private static Loss loss(String name, List<Layer> layers) {
        Loss loss = Loss.fromFileName(name).orElseThrow(() -> new InvalidInputException("loss",
                "unknown loss \"" + name + "\", expected one of "
                        + Arrays.stream(Loss.values()).map(Loss::fileName).collect(Collectors.joining(", "))));
        Activation last = layers.get(layers.size() - 1).activation();
        loss.requiredOutputActivation().ifPresent(required -> {
            if (last != required) {
                throw new InvalidInputException("loss", name + " needs " + required.fileName()
                        + " on the last layer, found " + last.fileName() + " ("
                        + LayerIndex.layerPlace(layers.size()) + ".activation)");
            }
        });
        return loss;
    }

    private static void checkTargets(Loss loss, double[][] targets) {
        for (int e = 0; e < targets.length; e++) {
            double sum = 0;
            for (int k = 0; k < targets[e].length; k++) {
                double target = targets[e][k];
                if (loss == Loss.CROSS_ENTROPY && target < 0) {
                    throw new InvalidInputException(at(at("targets", e), k),
                            target + " is negative; cross_entropy targets are probability distributions");
                }
                if (loss == Loss.BINARY_CROSS_ENTROPY && (target < 0 || target > 1)) {
                    throw new InvalidInputException(at(at("targets", e), k),
                            target + " is outside [0, 1]; binary_cross_entropy targets are probabilities");
                }
                sum += target;
            }
            if (loss == Loss.CROSS_ENTROPY && Math.abs(sum - 1) > DISTRIBUTION_SUM_TOLERANCE) {
                throw new InvalidInputException(at("targets", e),
                        "sums to " + sum + "; cross_entropy targets must sum to 1");
            }
        }
    }
}
