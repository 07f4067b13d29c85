package dev.bprop.conformance.internal.generate;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import java.util.List;

/**
 * The shape of a generated network: widths n_0..n_L, the activations of layers 1..L, the loss and the batch size m.
 */
public record Architecture(int[] widths, List<Activation> activations, Loss loss, int batch) {
    public Architecture {
        widths = widths.clone();
        activations = List.copyOf(activations);
        if (activations.size() != widths.length - 1) {
            throw new IllegalArgumentException("one activation per layer: " + activations + " for " + widths.length);
        }
    }

    public int depth() {
        return activations.size();
    }
}
