package dev.bprop.reference.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.reference.mlp.ForwardPass;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Loss;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Clauses GD-STEP, GD-BATCH, GD-SGD, GD-MINIBATCH and GD-SEED. */
class GradientDescentTest {
    @Test
    void gdStep_movesEveryParameterAgainstItsGradientTimesTheLearningRate() {
        Layer layer = new Layer(Activation.RELU, new double[][] {{1, 2}}, new double[] {3});
        LayerGradient gradient = new LayerGradient(new double[][] {{0.5, -1}}, new double[] {2});
        Layer stepped = GradientDescent.gdStep(List.of(layer), List.of(gradient), 0.25).get(0);
        // W ← W − ¼·∇W = [1 − 0.125, 2 + 0.25]; b ← 3 − ¼·2 = 2.5 (all exact in binary)
        assertArrayEquals(new double[][] {{0.875, 2.25}}, stepped.weights());
        assertArrayEquals(new double[] {2.5}, stepped.bias());
        assertEquals(Activation.RELU, stepped.activation());
    }

    @Test
    void gdBatch_oneStepPerEpochOnTheWholeSetInOrder() {
        List<int[]> batches = GradientDescent.batches(5, options(Variant.BATCH, 2, 1), new SplittableRandom(1));
        assertEquals(1, batches.size());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, batches.get(0));
    }

    @Test
    void gdSgd_oneExamplePerStepInAShuffledOrder() {
        List<int[]> batches = GradientDescent.batches(6, options(Variant.STOCHASTIC, 4, 1), new SplittableRandom(3));
        assertEquals(6, batches.size());
        batches.forEach(batch -> assertEquals(1, batch.length));
        assertIsPermutation(6, batches);
    }

    @Test
    void gdMinibatch_batchesOfSizeSAndASmallerLastOne() {
        List<int[]> batches = GradientDescent.batches(10, options(Variant.MINIBATCH, 3, 1), new SplittableRandom(5));
        assertEquals(List.of(3, 3, 3, 1), batches.stream().map(batch -> batch.length).toList());
        assertIsPermutation(10, batches);
    }

    @Test
    void gdSeed_theSameSeedShufflesTheSameWayAndAnotherSeedOtherwise() {
        TrainingOptions options = options(Variant.STOCHASTIC, 1, 1);
        String first = order(GradientDescent.batches(20, options, new SplittableRandom(11)));
        assertEquals(first, order(GradientDescent.batches(20, options, new SplittableRandom(11))));
        assertNotEquals(first, order(GradientDescent.batches(20, options, new SplittableRandom(12))));
        assertNotEquals("0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19", first, "a shuffle moved nothing");
    }

    /**
     * GD-SGD shuffles with Fisher–Yates: for i = n−1 down to 1, swap element i with element nextInt(i + 1). Written
     * out here from the algorithm, over two epochs drawn from one generator, so that the number of draws per epoch
     * counts too.
     */
    @Test
    void gdSgd_shufflesByFisherYatesEveryEpoch() {
        SplittableRandom expectedDraws = new SplittableRandom(99);
        SplittableRandom draws = new SplittableRandom(99);
        for (int epoch = 0; epoch < 2; epoch++) {
            int[] expected = {0, 1, 2, 3, 4, 5, 6};
            for (int i = expected.length - 1; i >= 1; i--) {
                int other = expectedDraws.nextInt(i + 1);
                int kept = expected[i];
                expected[i] = expected[other];
                expected[other] = kept;
            }
            List<int[]> batches = GradientDescent.batches(7, options(Variant.STOCHASTIC, 1, 99), draws);
            assertArrayEquals(expected, batches.stream().flatMapToInt(Arrays::stream).toArray(), "epoch " + epoch);
        }
    }

    @Test
    void gdBatch_theXorNetworkLearnsTheTruthTableFromSmallRandomWeights() {
        for (long seed : new long[] {1, 2, 3}) {
            List<Layer> start = Initialization.smallRandom(new int[] {2, 4, 1},
                    List.of(Activation.TANH, Activation.SIGMOID), seed);
            Training training = GradientDescent.train(start, Loss.BINARY_CROSS_ENTROPY, Datasets.xor(),
                    new TrainingOptions(1.0, 2000, 4, Variant.BATCH, seed), epoch -> { });
            double[][] outputs = ForwardPass.of(GradientDescent.problem(training.layers(),
                    Loss.BINARY_CROSS_ENTROPY, Datasets.xor())).outputs();
            double[] rounded = Arrays.stream(outputs).mapToDouble(row -> Math.round(row[0])).toArray();
            assertArrayEquals(new double[] {0, 1, 1, 0}, rounded, "seed " + seed + ": " + Arrays.deepToString(outputs));
            assertTrue(training.finalLoss() < 0.05 * training.initialLoss(), "seed " + seed);
        }
    }

    @Test
    void gdMinibatch_irisTrainsToHighAccuracy() {
        Dataset iris = Datasets.iris();
        long seed = 7;
        List<Layer> start = Initialization.smallRandom(new int[] {4, 8, 3},
                List.of(Activation.TANH, Activation.SOFTMAX), seed);
        List<Integer> epochs = new ArrayList<>();
        Training training = GradientDescent.train(start, Loss.CROSS_ENTROPY, iris,
                new TrainingOptions(0.1, 100, 16, Variant.MINIBATCH, seed), epochs::add);
        assertEquals(100, epochs.size());
        assertEquals(100, epochs.get(99));
        assertEquals(101, training.lossHistory().length);
        double accuracy = Accuracy.of(training.layers(), Loss.CROSS_ENTROPY, iris);
        assertTrue(accuracy >= 0.95, "seed " + seed + ": accuracy " + accuracy);
    }

    /**
     * The slides' two pictures (seed 000, "LOW LEARNING RATE", "HIGH LEARNING RATE"): a small η descends
     * steadily but slowly; a large η overshoots, so the loss goes up on some epochs.
     */
    @Test
    void gdStep_aLowLearningRateCreepsAndAHighOneOvershoots() {
        Dataset iris = Datasets.iris();
        List<Layer> start = Initialization.smallRandom(new int[] {4, 8, 3},
                List.of(Activation.TANH, Activation.SOFTMAX), 5);
        double[] low = GradientDescent.train(start, Loss.CROSS_ENTROPY, iris,
                new TrainingOptions(0.001, 30, 150, Variant.BATCH, 5), epoch -> { }).lossHistory();
        for (int epoch = 1; epoch < low.length; epoch++) {
            assertTrue(low[epoch] < low[epoch - 1], "low rate, epoch " + epoch);
        }
        assertTrue(low[30] > 0.95 * low[0], "a low rate moves little: " + low[0] + " → " + low[30]);
        double[] high = GradientDescent.train(start, Loss.CROSS_ENTROPY, iris,
                new TrainingOptions(30, 30, 150, Variant.BATCH, 5), epoch -> { }).lossHistory();
        int increases = 0;
        for (int epoch = 1; epoch < high.length; epoch++) {
            increases += high[epoch] > high[epoch - 1] ? 1 : 0;
        }
        assertTrue(increases >= 3, "a high rate overshoots: " + Arrays.toString(high));
    }

    @Test
    void gdSeed_optionsRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new TrainingOptions(0, 1, 1, Variant.BATCH, 1));
        assertThrows(IllegalArgumentException.class, () -> new TrainingOptions(Double.NaN, 1, 1, Variant.BATCH, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new TrainingOptions(Double.POSITIVE_INFINITY, 1, 1, Variant.BATCH, 1));
        assertThrows(IllegalArgumentException.class, () -> new TrainingOptions(0.1, 0, 1, Variant.BATCH, 1));
        assertThrows(IllegalArgumentException.class, () -> new TrainingOptions(0.1, 1, 0, Variant.BATCH, 1));
        assertEquals(1, new TrainingOptions(Double.MIN_VALUE, 1, 1, Variant.BATCH, 1).epochs());
    }

    private static TrainingOptions options(Variant variant, int batchSize, long seed) {
        return new TrainingOptions(0.1, 1, batchSize, variant, seed);
    }

    private static void assertIsPermutation(int size, List<int[]> batches) {
        int[] all = batches.stream().flatMapToInt(Arrays::stream).sorted().toArray();
        int[] expected = new int[size];
        Arrays.setAll(expected, index -> index);
        assertArrayEquals(expected, all);
    }

    private static String order(List<int[]> batches) {
        return String.join(" ", batches.stream().flatMapToInt(Arrays::stream).mapToObj(Integer::toString).toList());
    }
}
