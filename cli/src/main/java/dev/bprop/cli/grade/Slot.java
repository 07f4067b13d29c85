package dev.bprop.cli.grade;

import dev.bprop.spec.mlp.LayerIndex;

/**
 * Where a quantity sits in an answer: the quantity and, for layered ones, the layer l = 1..L (0 otherwise). Each
 * slot is scored on its own (partial credit per clause and layer, FMT-GRADE-ASSIGNMENT).
 */
public record Slot(Quantity quantity, int layer) {
    /** The slot's tensor of an answer file (FMT-GRADE-ANSWER): Z^l, A^l, Δ^l under {@code layers[l-1]}, the gradients under {@code gradients[l-1]}. */
    static Tensor layerTensor(Quantity quantity, int l, double[][] values) {
        return switch (quantity) {
            case Z -> Tensor.matrix(LayerIndex.layerPlace(l) + ".z", values);
            case A -> Tensor.matrix(LayerIndex.layerPlace(l) + ".a", values);
            case DELTA -> Tensor.matrix(LayerIndex.layerPlace(l) + ".delta", values);
            case WEIGHT_GRADIENTS -> Tensor.matrix(LayerIndex.gradientPlace(l) + ".weights", values);
            case BIAS_GRADIENTS -> Tensor.vector(LayerIndex.gradientPlace(l) + ".bias", values[0]);
            default -> throw new IllegalArgumentException(quantity + " is not layered");
        };
    }

    /** The name of the slot in reports: {@code delta}, {@code delta of layer 2}. */
    public String label() {
        return quantity.fileName() + (quantity.layered() ? " of layer " + layer : "");
    }
}
