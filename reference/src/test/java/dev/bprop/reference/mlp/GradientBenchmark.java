package dev.bprop.reference.mlp;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times the forward pass against the whole gradient (clause COST-TIME) on networks of 10³ to 10⁶ weights: n_0 = n,
 * two tanh layers of n units, a softmax layer of 10 with cross-entropy, a batch of 64. Not a test; run it as the
 * report of issue 3 says:
 *
 * <pre>
 * ./mvnw -q -B -pl reference -am test-compile
 * java -cp reference/target/classes:reference/target/test-classes:spec/target/classes \
 *     dev.bprop.reference.mlp.GradientBenchmark
 * </pre>
 *
 * <p>Floating-point operations are counted as 2 per multiply-add of the products: the forward pass does
 * 2·m·w of them (FWD-Z); the gradient adds BP2 for every layer but the first and BP4 for every layer.
 */
public final class GradientBenchmark {
    private static final int BATCH = 64;
    private static final int OUTPUTS = 10;
    private static final int[] WIDTHS = {20, 67, 220, 705};
    private static final long WARM_UP_NANOS = 1_000_000_000L;

    private GradientBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf("%10s %6s %12s %12s %10s %10s %8s%n", "weights", "batch", "forward ms", "gradient ms",
                "fwd GF/s", "grad GF/s", "ratio");
        for (int width : WIDTHS) {
            Problem problem = network(width, new Random(width));
            long weights = problem.parameterCount() - 2L * width - OUTPUTS;
            long firstLayerWeights = (long) width * width;
            double forwardFlops = 2.0 * BATCH * weights;
            double gradientFlops = forwardFlops + 2.0 * BATCH * (weights - firstLayerWeights) + 2.0 * BATCH * weights;
            int repeats = width < 300 ? 101 : 21;
            double forwardSeconds = medianSeconds(() -> ForwardPass.of(problem).loss(), repeats);
            double gradientSeconds = medianSeconds(() -> Backpropagation.gradient(problem).loss(), repeats);
            System.out.printf("%10d %6d %12.3f %12.3f %10.2f %10.2f %8.2f%n", weights, BATCH, forwardSeconds * 1e3,
                    gradientSeconds * 1e3, forwardFlops / forwardSeconds / 1e9, gradientFlops / gradientSeconds / 1e9,
                    gradientSeconds / forwardSeconds);
        }
    }

    private static Problem network(int width, Random random) {
        double scale = 1 / Math.sqrt(width);
        List<Layer> layers = new ArrayList<>();
        layers.add(new Layer(Activation.TANH, gaussian(random, width, width, scale), new double[width]));
        layers.add(new Layer(Activation.TANH, gaussian(random, width, width, scale), new double[width]));
        layers.add(new Layer(Activation.SOFTMAX, gaussian(random, OUTPUTS, width, scale), new double[OUTPUTS]));
        double[][] targets = new double[BATCH][OUTPUTS];
        for (int e = 0; e < BATCH; e++) {
            targets[e][random.nextInt(OUTPUTS)] = 1;
        }
        return new Problem("benchmark", layers, Loss.CROSS_ENTROPY, gaussian(random, BATCH, width, 1), targets);
    }

    private static double[][] gaussian(Random random, int rows, int columns, double scale) {
        double[][] matrix = new double[rows][columns];
        for (double[] row : matrix) {
            for (int c = 0; c < columns; c++) {
                row[c] = scale * random.nextGaussian();
            }
        }
        return matrix;
    }

    /** The median wall time of {@code repeats} runs, after a second of warm-up runs so that the JIT has compiled. */
    private static double medianSeconds(Run run, int repeats) {
        double sink = 0;
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            sink += run.loss();
        }
        double[] seconds = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            sink += run.loss();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        if (Double.isNaN(sink)) {
            throw new IllegalStateException("the benchmark network gave NaN");
        }
        Arrays.sort(seconds);
        return seconds[repeats / 2];
    }

    @FunctionalInterface
    private interface Run {
        double loss();
    }
}
