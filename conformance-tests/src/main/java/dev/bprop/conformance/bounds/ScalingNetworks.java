package dev.bprop.conformance.bounds;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The problems the bounds clauses time: tanh hidden layers, an identity output layer and mean squared error, the
 * activations and loss every library supports, so no adapter skips them. Weights are uniform in ±1/√n so that
 * activations stay of order 1 at every depth; every number comes from the seed and the shape.
 */
public final class ScalingNetworks {
    private ScalingNetworks() {
    }

    /** The problem of {@code shape}, drawn from {@code seed}. */
    public static Problem problem(Shape shape, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ (31L * shape.hashCode()));
        int n = shape.width();
        double bound = 1 / Math.sqrt(n);
        List<Activation> activations = new ArrayList<>(Collections.nCopies(shape.depth() - 1, Activation.TANH));
        activations.add(Activation.IDENTITY);
        List<Layer> layers = new ArrayList<>();
        for (Activation activation : activations) {
            layers.add(new Layer(activation, uniform(random, n, n, bound), uniform(random, 1, n, bound)[0]));
        }
        return new Problem("bounds-" + shape, layers, Loss.MSE, uniform(random, shape.batch(), n, 1),
                uniform(random, shape.batch(), n, 1));
    }

    private static double[][] uniform(SplittableRandom random, int rows, int columns, double bound) {
        double[][] matrix = new double[rows][columns];
        for (double[] row : matrix) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextDouble(-bound, bound);
            }
        }
        return matrix;
    }
}
