package dev.bprop.crosscheck;

import dev.bprop.oracle.ad.ForwardMode;
import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.exact.ExactBudget;
import dev.bprop.oracle.exact.ExactGradient;
import dev.bprop.oracle.fd.FiniteDifferences;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The cost of each oracle for networks of 10² to 10⁶ weights (relu hidden layers, identity output, mse, batch of
 * 2, every number a multiple of 1/16 so the exact oracle's fractions stay short). Not a test; run it with
 *
 * <pre>
 *   ./mvnw -q -B -pl crosscheck -am test-compile
 *   ./mvnw -q -B -pl crosscheck dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 *   java -Xmx4g -cp crosscheck/target/test-classes:$(cat crosscheck/target/classpath.txt) \
 *       dev.bprop.crosscheck.OracleBenchmark
 * </pre>
 *
 * Finite differences (8 evaluations of J per weight, O(w²·m)), the full DerivativeStructure gradient (w passes,
 * O(w²·m)) and exact fractions (w passes in BigFraction) are skipped above 10³ weights, where they would take
 * minutes to hours; the directional derivative and the rounding bound are O(w·m) and run at every size.
 */
public final class OracleBenchmark {
    private static final int QUADRATIC_LIMIT = 1_500;

    private OracleBenchmark() {
    }

    public static void main(String[] args) {
        int[][] shapes = {{8, 8, 2}, {20, 40, 4}, {50, 150, 10}, {100, 300, 200, 10}, {500, 1000, 500, 10}};
        System.out.printf("%-10s %-14s %-14s %-14s %-14s %-14s %-14s%n", "weights", "reference", "FD", "DS full",
                "DS gᵀv", "exact", "bound (tape)");
        for (int[] shape : shapes) {
            Problem problem = network(shape, 2, 7);
            ProblemObjective objective = new ProblemObjective(problem);
            int w = objective.dimension();
            boolean small = w <= QUADRATIC_LIMIT;
            System.out.printf("%-10d %-14s %-14s %-14s %-14s %-14s %-14s%n", w,
                    time(() -> Backpropagation.gradient(problem)),
                    small ? time(() -> FiniteDifferences.gradient(objective)) : "skipped",
                    small ? time(() -> ForwardMode.gradient(objective)) : "skipped",
                    time(() -> ForwardMode.directionalDerivative(objective, ForwardMode.randomDirection(w, 1))),
                    small ? time(() -> ExactGradient.attempt(objective, ExactBudget.UNLIMITED).gradient()) : "skipped",
                    time(() -> RoundingBound.of(objective)));
        }
    }

    private static String time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return String.format("%.3f s", (System.nanoTime() - start) / 1e9);
    }

    private static Problem network(int[] widths, int batch, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l < widths.length; l++) {
            double[][] weights = new double[widths[l]][];
            for (int j = 0; j < widths[l]; j++) {
                weights[j] = sixteenths(random, widths[l - 1]);
            }
            Activation activation = l == widths.length - 1 ? Activation.IDENTITY : Activation.RELU;
            layers.add(new Layer(activation, weights, sixteenths(random, widths[l])));
        }
        double[][] inputs = new double[batch][];
        double[][] targets = new double[batch][];
        for (int e = 0; e < batch; e++) {
            inputs[e] = sixteenths(random, widths[0]);
            targets[e] = sixteenths(random, widths[widths.length - 1]);
        }
        return new Problem("benchmark", layers, Loss.MSE, inputs, targets);
    }

    private static double[] sixteenths(SplittableRandom random, int n) {
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = random.nextInt(-16, 17) / 16.0;
        }
        return values;
    }
}
