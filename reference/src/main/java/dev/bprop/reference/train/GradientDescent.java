package dev.bprop.reference.train;

import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.reference.mlp.ForwardPass;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Gradient descent in the three forms of the slides (seed 001, Algorithms 1, 3 and 5), on gradients from the
 * reference backpropagation. Every random choice comes from {@link TrainingOptions#seed()} (clause GD-SEED).
 */
public final class GradientDescent {
    private GradientDescent() {
    }

    /**
     * Trains {@code layers} on {@code data} under {@code loss}; {@code afterEpoch} hears the number of each
     * finished epoch (for a progress bar).
     */
    public static Training train(List<Layer> layers, Loss loss, Dataset data, TrainingOptions options,
            IntConsumer afterEpoch) {
        SplittableRandom shuffles = new SplittableRandom(options.seed());
        double[] lossHistory = new double[options.epochs() + 1];
        List<Layer> current = layers;
        lossHistory[0] = lossOn(current, loss, data);
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            for (int[] batch : batches(data.size(), options, shuffles)) {
                Result result = Backpropagation.gradient(problem(current, loss, data.rows(batch)));
                current = gdStep(current, result.gradients(), options.learningRate());
            }
            lossHistory[epoch] = lossOn(current, loss, data);
            afterEpoch.accept(epoch);
        }
        return new Training(current, lossHistory);
    }

    /**
     * GD-STEP: θ ← θ − η ∇_θ J, for every W^l and b^l (l = 1..L).
     *
     * @param layers θ, layers 1..L
     * @param gradients ∇_θ J, in the shapes of the layers
     * @param learningRate η
     */
    static List<Layer> gdStep(List<Layer> layers, List<LayerGradient> gradients, double learningRate) {
        List<Layer> stepped = new ArrayList<>();
        for (int index = 0; index < layers.size(); index++) {
            Layer layer = layers.get(index);
            LayerGradient gradient = gradients.get(index);
            double[][] weights = layer.weights();
            double[] bias = layer.bias();
            for (int j = 0; j < weights.length; j++) {
                for (int i = 0; i < weights[j].length; i++) {
                    weights[j][i] = weights[j][i] - learningRate * gradient.weight(j, i);
                }
                bias[j] = bias[j] - learningRate * gradient.bias(j);
            }
            stepped.add(new Layer(layer.activation(), weights, bias));
        }
        return stepped;
    }

    /** The example indices of each step of one epoch, in order (GD-BATCH, GD-SGD, GD-MINIBATCH). */
    static List<int[]> batches(int size, TrainingOptions options, SplittableRandom shuffles) {
        int[] order = new int[size];
        for (int index = 0; index < size; index++) {
            order[index] = index;
        }
        if (options.variant() == Variant.BATCH) {
            return List.of(order);
        }
        shuffle(order, shuffles);
        int batchSize = options.variant() == Variant.STOCHASTIC ? 1 : options.batchSize();
        List<int[]> batches = new ArrayList<>();
        for (int start = 0; start < size; start += batchSize) {
            batches.add(java.util.Arrays.copyOfRange(order, start, Math.min(start + batchSize, size)));
        }
        return batches;
    }

    /** Fisher–Yates: every permutation equally likely. */
    private static void shuffle(int[] order, SplittableRandom random) {
        for (int index = order.length - 1; index > 0; index--) {
            int other = random.nextInt(index + 1);
            int kept = order[index];
            order[index] = order[other];
            order[other] = kept;
        }
    }

    static double lossOn(List<Layer> layers, Loss loss, Dataset data) {
        return ForwardPass.of(problem(layers, loss, data)).loss();
    }

    static Problem problem(List<Layer> layers, Loss loss, Dataset data) {
        return new Problem(data.name(), layers, loss, data.inputs(), data.targets());
    }
}
