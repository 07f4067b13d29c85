package dev.bprop.reference.train;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small random initial weights from a seed (clause GD-SEED); biases start at 0. */
public final class Initialization {
    private Initialization() {
    }

    /**
     * Layers 1..L with W^l drawn uniformly from [−r, r], r = 1/√n_(l−1) (so that every z^l starts of order 1
     * whatever the width), and b^l = 0.
     *
     * @param widths n_0, n_1, …, n_L
     * @param activations g^1, …, g^L
     */
    public static List<Layer> smallRandom(int[] widths, List<Activation> activations, long seed) {
        if (activations.size() != widths.length - 1) {
            throw new IllegalArgumentException("expected " + (widths.length - 1) + " activations, one per layer");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l < widths.length; l++) {
            double range = 1 / Math.sqrt(widths[l - 1]);
            double[][] weights = new double[widths[l]][widths[l - 1]];
            for (double[] row : weights) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = random.nextDouble(-range, range);
                }
            }
            layers.add(new Layer(activations.get(l - 1), weights, new double[widths[l]]));
        }
        return layers;
    }
}
