package dev.bprop.reference.train;

import dev.bprop.spec.mlp.Layer;
import java.util.List;

/**
 * The outcome of training: the final layers 1..L and the loss history, {@code lossHistory[0]} before the first
 * step and {@code lossHistory[e]} on the whole training set after epoch e.
 */
public record Training(List<Layer> layers, double[] lossHistory) {
    public Training {
        layers = List.copyOf(layers);
        lossHistory = lossHistory.clone();
    }

    @Override
    public double[] lossHistory() {
        return lossHistory.clone();
    }

    public double initialLoss() {
        return lossHistory[0];
    }

    public double finalLoss() {
        return lossHistory[lossHistory.length - 1];
    }
}
