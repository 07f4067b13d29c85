package dev.bprop.conformance.internal.generate;

import dev.bprop.conformance.internal.problem.EditableProblem;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The edge cases every backpropagation must survive: width 1, batch 1, dead ReLUs, saturated sigmoid and tanh
 * (ACT-SIGMOID, ACT-TANH: derivative 0 or tiny, never NaN), zero weights, and logits of magnitude about 1000
 * (LOSS-STABLE).
 */
final class Edges {
    private Edges() {
    }

    /** Every layer, input and output one unit wide (clause BP2 with 1 × 1 matrices). */
    static Problem widthOne(SplittableRandom r, List<Activation> hidden, double margin) {
        List<Activation> layers = new ArrayList<>(hidden);
        layers.add(Activation.IDENTITY);
        int[] widths = new int[layers.size() + 1];
        java.util.Arrays.fill(widths, 1);
        return RandomProblems.draw(r, "edge-width-1", new Architecture(widths, layers, Loss.MSE,
                MlpCasePlan.logUniform(r, 32)), 1.5, margin);
    }

    /** One example: the batch mean is the example's own gradient (clause BP-BATCH with m = 1). */
    static Problem batchOne(SplittableRandom r, List<Activation> hidden, double margin) {
        List<Activation> layers = new ArrayList<>(hidden);
        layers.add(Activation.IDENTITY);
        return RandomProblems.draw(r, "edge-batch-1", new Architecture(widths(r, layers.size()), layers, Loss.MSE, 1),
                1.5, margin);
    }

    /** A relu layer half of whose units get a bias of −10: dead for every example, zero gradient below them. */
    static Problem deadRelus(SplittableRandom r, double margin) {
        List<Activation> layers = List.of(Activation.RELU, Activation.RELU, Activation.IDENTITY);
        EditableProblem problem = EditableProblem.of(RandomProblems.draw(r, "edge-dead-units",
                new Architecture(widths(r, 3), layers, Loss.MSE, MlpCasePlan.logUniform(r, 32)), 1.5, margin));
        double[] bias = problem.biases.get(0);
        for (int j = 0; j < bias.length; j += 2) {
            bias[j] = -10;
        }
        return RandomProblems.offTheKinks(r, problem, margin);
    }

    /** A hidden layer with weights of scale 200: |z| in the hundreds, where g' rounds to 0 or nearly. */
    static Problem saturated(SplittableRandom r, Activation activation, double margin) {
        int[] widths = widths(r, 2);
        EditableProblem problem = EditableProblem.of(RandomProblems.draw(r, "edge-saturated",
                new Architecture(widths, List.of(activation, Activation.IDENTITY), Loss.MSE,
                        MlpCasePlan.logUniform(r, 32)), 1.5, margin));
        problem.weights.set(0, RandomProblems.matrix(r, widths[1], widths[0], 200));
        return problem.toProblem();
    }

    /** Every weight 0: z^l = b^l, and every gradient below the output layer but the biases' is 0. */
    static Problem zeroWeights(SplittableRandom r, List<Activation> hidden, double margin) {
        List<Activation> layers = new ArrayList<>(hidden);
        layers.add(Activation.IDENTITY);
        EditableProblem problem = EditableProblem.of(RandomProblems.draw(r, "edge-zero-weights",
                new Architecture(widths(r, layers.size()), layers, Loss.MSE, MlpCasePlan.logUniform(r, 32)), 1.5,
                margin));
        for (int l = 0; l < problem.depth(); l++) {
            double[][] weights = problem.weights.get(l);
            problem.weights.set(l, new double[weights.length][weights[0].length]);
        }
        return RandomProblems.offTheKinks(r, problem, margin);
    }

    /** One layer whose logits reach about ±1000 (clause LOSS-STABLE): naive softmax or ln σ overflow here. */
    static Problem largeLogits(SplittableRandom r, Activation last, Loss loss) {
        int[] widths = {1 + r.nextInt(3), 2 + r.nextInt(4)};
        EditableProblem problem = EditableProblem.of(RandomProblems.draw(r, "edge-large-logits",
                new Architecture(widths, List.of(last), loss, 1 + r.nextInt(4)), 1, 0));
        problem.weights.set(0, RandomProblems.matrix(r, widths[1], widths[0], 1000));
        for (double[] row : problem.inputs) {
            for (int i = 0; i < row.length; i++) {
                row[i] = row[i] < 0 ? -1 : 1;
            }
        }
        return problem.toProblem();
    }

    private static int[] widths(SplittableRandom r, int depth) {
        int[] widths = new int[depth + 1];
        for (int l = 0; l <= depth; l++) {
            widths[l] = MlpCasePlan.logUniform(r, 64);
        }
        widths[depth] = Math.max(2, widths[depth]);
        return widths;
    }
}
