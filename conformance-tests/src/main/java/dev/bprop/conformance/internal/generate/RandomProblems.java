package dev.bprop.conformance.internal.generate;

import dev.bprop.conformance.internal.problem.EditableProblem;
import dev.bprop.conformance.internal.problem.Kinks;
import dev.bprop.conformance.internal.problem.PreActivations;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.SplittableRandom;

/**
 * Random problems from a seeded generator (clause GD-SEED's rule: every random choice from a stated seed). Weights
 * are drawn uniformly from ±scale/√n_(l−1), so that pre-activations stay of order 1 at any depth and width unless a
 * case asks for saturation with a large scale; biases from ±0.5, inputs from ±1, targets to fit the loss
 * (clauses LOSS-MSE, LOSS-CE, LOSS-BCE). Every pre-activation is then moved off the kinks (see {@link Kinks}).
 */
public final class RandomProblems {
    private static final int KINK_ATTEMPTS = 64;

    private RandomProblems() {
    }

    /** A problem of {@code architecture} with weights of scale {@code weightScale}, kept {@code margin} off kinks. */
    public static Problem draw(SplittableRandom random, String id, Architecture architecture, double weightScale,
            double margin) {
        EditableProblem problem = new EditableProblem();
        problem.id = id;
        problem.loss = architecture.loss();
        int[] widths = architecture.widths();
        for (int l = 1; l <= architecture.depth(); l++) {
            double bound = weightScale / Math.sqrt(widths[l - 1]);
            problem.activations.add(architecture.activations().get(l - 1));
            problem.weights.add(matrix(random, widths[l], widths[l - 1], bound));
            problem.biases.add(matrix(random, 1, widths[l], 0.5)[0]);
        }
        problem.inputs = matrix(random, architecture.batch(), widths[0], 1);
        problem.targets = targets(random, architecture.loss(), architecture.activations().get(
                architecture.depth() - 1), architecture.batch(), widths[architecture.depth()]);
        return offTheKinks(random, problem, margin);
    }

    /** Entries uniform in [−bound, bound). */
    public static double[][] matrix(SplittableRandom random, int rows, int columns, double bound) {
        double[][] matrix = new double[rows][columns];
        for (double[] row : matrix) {
            for (int c = 0; c < columns; c++) {
                row[c] = bound == 0 ? 0 : random.nextDouble(-bound, bound);
            }
        }
        return matrix;
    }

    /**
     * Targets that fit the loss: probability rows for cross entropy (one-hot half of the time, else soft, clause
     * LOSS-CE), entries in [0, 1] for binary cross entropy (LOSS-BCE), and for mse entries in the range of the last
     * activation.
     */
    static double[][] targets(SplittableRandom random, Loss loss, Activation last, int batch, int outputs) {
        double[][] targets = new double[batch][outputs];
        for (double[] row : targets) {
            switch (loss) {
                case CROSS_ENTROPY -> distribution(random, row);
                case BINARY_CROSS_ENTROPY -> fill(random, row, 0, 1);
                case MSE -> {
                    boolean unit = last == Activation.SIGMOID || last == Activation.SOFTMAX;
                    fill(random, row, unit ? 0 : -1, 1);
                }
            }
        }
        return targets;
    }

    private static void distribution(SplittableRandom random, double[] row) {
        if (random.nextBoolean()) {
            row[random.nextInt(row.length)] = 1;
            return;
        }
        fill(random, row, 0, 1);
        double sum = 0;
        for (double value : row) {
            sum += value;
        }
        for (int k = 0; k < row.length; k++) {
            row[k] /= sum;
        }
    }

    private static void fill(SplittableRandom random, double[] row, double low, double high) {
        for (int k = 0; k < row.length; k++) {
            row[k] = random.nextDouble(low, high);
        }
    }

    /**
     * Moves every unit with a pre-activation within {@code margin} of a kink by shifting its bias, layer by layer
     * from the first: a bias of layer l moves only z^l and the layers above, which are checked after it.
     */
    public static Problem offTheKinks(SplittableRandom random, EditableProblem problem, double margin) {
        for (int l = 1; l <= problem.depth(); l++) {
            for (int attempt = 0; attempt < KINK_ATTEMPTS; attempt++) {
                Problem frozen = problem.toProblem();
                PreActivations forward = PreActivations.of(frozen);
                boolean moved = false;
                for (int j = 0; j < frozen.width(l); j++) {
                    if (Kinks.nearUnit(frozen, forward, l, j, margin)) {
                        problem.biases.get(l - 1)[j] += random.nextDouble(-0.25, 0.25);
                        moved = true;
                    }
                }
                if (!moved) {
                    break;
                }
            }
        }
        return problem.toProblem();
    }
}
