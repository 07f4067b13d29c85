package dev.bprop.benchmarks;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark networks: n_0 = n, two tanh layers of n units, a softmax layer of 10 with cross-entropy, a batch of
 * 64; widths 20, 67, 220 and 705 give about 10³, 10⁴, 10⁵ and 10⁶ weights. Every number comes from the seed.
 *
 * <p>Floating-point operations count 2 per multiply-add of the products (clause COST-TIME): the forward pass does
 * 2·m·W for the W weights without biases (FWD-Z); the gradient adds BP2 for every layer but the first and BP4 for
 * every layer.
 */
public final class Network {
    static final int BATCH = 64;
    static final int OUTPUTS = 10;
    static final long SEED = 20261122L;

    private Network() {
    }

    public static Problem problem(int width) {
        SplittableRandom random = new SplittableRandom(SEED + width);
        double scale = 1 / Math.sqrt(width);
        List<Layer> layers = new ArrayList<>();
        layers.add(new Layer(Activation.TANH, gaussian(random, width, width, scale), new double[width]));
        layers.add(new Layer(Activation.TANH, gaussian(random, width, width, scale), new double[width]));
        layers.add(new Layer(Activation.SOFTMAX, gaussian(random, OUTPUTS, width, scale), new double[OUTPUTS]));
        double[][] targets = new double[BATCH][OUTPUTS];
        for (double[] row : targets) {
            row[random.nextInt(OUTPUTS)] = 1;
        }
        return new Problem("benchmark-" + width, layers, Loss.CROSS_ENTROPY, gaussian(random, BATCH, width, 1),
                targets);
    }

    /**
     * The same shapes with rational operations only, for the exact oracle: relu, relu, identity and mse, every
     * number a multiple of 1/16 in [−1, 1] so that the fractions stay short.
     */
    static Problem rationalProblem(int width) {
        SplittableRandom random = new SplittableRandom(SEED + width);
        List<Layer> layers = new ArrayList<>();
        layers.add(new Layer(Activation.RELU, sixteenths(random, width, width), new double[width]));
        layers.add(new Layer(Activation.RELU, sixteenths(random, width, width), new double[width]));
        layers.add(new Layer(Activation.IDENTITY, sixteenths(random, OUTPUTS, width), new double[OUTPUTS]));
        return new Problem("benchmark-rational-" + width, layers, Loss.MSE, sixteenths(random, BATCH, width),
                sixteenths(random, BATCH, OUTPUTS));
    }

    private static double[][] sixteenths(SplittableRandom random, int rows, int columns) {
        double[][] matrix = new double[rows][columns];
        for (double[] row : matrix) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextInt(-16, 17) / 16.0;
            }
        }
        return matrix;
    }

    /** The shapes (rows × columns) of W^1, W^2, W^3. */
    static int[][] weightShapes(int width) {
        return new int[][] {{width, width}, {width, width}, {OUTPUTS, width}};
    }

    /** W, the weights without biases. */
    public static long weights(int width) {
        return 2L * width * width + (long) OUTPUTS * width;
    }

    static double forwardFlops(int width) {
        return 2.0 * BATCH * weights(width);
    }

    static double gradientFlops(int width) {
        long firstLayer = (long) width * width;
        return forwardFlops(width) + 2.0 * BATCH * (weights(width) - firstLayer) + 2.0 * BATCH * weights(width);
    }

    static double[][] gaussian(SplittableRandom random, int rows, int columns, double scale) {
        double[][] matrix = new double[rows][columns];
        for (double[] row : matrix) {
            for (int c = 0; c < columns; c++) {
                row[c] = scale * gaussian(random);
            }
        }
        return matrix;
    }

    /** A standard normal number by Box–Muller (SplittableRandom has no nextGaussian in Java 17). */
    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
